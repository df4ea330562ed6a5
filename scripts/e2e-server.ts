// The server Playwright tests against (started by playwright.config.ts): a fresh database with the
// demo content, the production build (rebuilt only when sources changed), then server.ts: what
// `npm start` serves, with the same defaults.
import { buildIfNeeded } from "./lib/build";
import { migrate, resetDatabase, seed } from "./lib/database";
import { run } from "./lib/run";

const url = process.env.DATABASE_URL;
const port = process.env.E2E_PORT;
if (!url || !port) throw new Error("e2e-server: DATABASE_URL and E2E_PORT are set by playwright.config.ts");

await resetDatabase(url);
migrate(url);
seed(url);
buildIfNeeded();
run(process.execPath, ["--import", "tsx", "server.ts", "--port", port]);
