// `npm run setup` (and the first half of `npm start` / `npm run dev`): everything a fresh clone needs
// before the site can run. Safe to repeat: it reuses the database, the demo content and the build.
//   1. .env with a generated AUTH_SECRET, if there is none, and a REVALIDATE_SECRET
//   2. migrations applied to DATABASE_URL (default: the embedded SQLite file prisma/gazette.db); on
//      PostgreSQL, a failure to connect or to create tables is explained in one sentence
//   3. demo content and logins, if the database has no articles (not in production unless asked)
//   4. a production build, if any source is newer than the last one (skipped with --no-build)
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseUrl } from "../lib/db/url";
import { buildIfNeeded } from "./lib/build";
import { DatabaseSetupError, migrateExplained, seed } from "./lib/database";
import { loadDotEnv, root } from "./lib/run";

const args = new Set(process.argv.slice(2));
const envFile = path.join(root, ".env");

if (!existsSync(envFile) && !process.env.AUTH_SECRET) {
  writeFileSync(
    envFile,
    [
      "# Written by `npm run setup`. See the README for every variable.",
      `AUTH_SECRET=${randomBytes(32).toString("base64url")}`,
      "# DATABASE_URL=postgresql://gazette:gazette@localhost:5432/gazette",
      "",
    ].join("\n"),
  );
  console.log("setup: wrote .env with a new AUTH_SECRET.");
}
loadDotEnv();
// The command line's imports and restores tell the running site what they changed through
// POST /api/revalidate (lib/cache/running-site.ts): a site set up here gets the secret that allows it.
if (!process.env.REVALIDATE_SECRET && existsSync(envFile)) {
  const secret = randomBytes(32).toString("base64url");
  appendFileSync(envFile, `${readFileSync(envFile, "utf8").endsWith("\n") ? "" : "\n"}REVALIDATE_SECRET=${secret}\n`);
  process.env.REVALIDATE_SECRET = secret;
  console.log("setup: added a REVALIDATE_SECRET to .env (for command-line imports and restores to reach the running site).");
}

const url = databaseUrl();
console.log(`setup: database ${url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@")}`);
try {
  await migrateExplained(url);
} catch (error) {
  if (!(error instanceof DatabaseSetupError)) throw error;
  console.error(`setup: ${error.message}`);
  process.exit(1);
}

const { db } = await import("../lib/db");
const articles = await db.article.count();
await db.$disconnect();
if (articles > 0) {
  console.log(`setup: the database has ${articles} articles; demo content not needed.`);
} else if (process.env.NODE_ENV === "production" && process.env.SEED_DEMO !== "true") {
  console.log("setup: empty database in production; set SEED_DEMO=true to load the demo content.");
} else {
  seed(url);
}

if (!args.has("--no-build")) buildIfNeeded();
