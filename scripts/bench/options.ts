// The bench's command line (node:util parseArgs through scripts/lib/cli.ts) and what follows from it:
// every mode reads its settings from here. Importing this module parses process.argv (and answers
// --help); it also points DATABASE_URL at the bench's database before anything opens it.
import { randomBytes } from "node:crypto";
import { parseCommandLine } from "../lib/cli";

export const USAGE = `Usage: npm run bench -- [options]

Measures Gazette against the bare Next.js article page in the same run (see the top of scripts/bench.ts).

Options:
  --articles <n>          articles in the bench database (default 1000, at most 100000)
  --duration <s>          seconds per load (default 10)
  --connections <list>    connections per load, comma-separated (default 10,50)
  --rounds <n>            repeat every measurement (default 1)
  --port <n>              Gazette's port (default 3400; the next ports are used too)
  --database <kind>       sqlite (default) or postgres (BENCH_DATABASE_URL)
  --baseline <dir>        a copy of the bare Next.js anchor, measured beside Gazette
  --baseline-rendered     the baseline renders one page on demand first
  --seed-only             prepare the dataset and stop
  --lighthouse            also run Lighthouse (mobile) on the reader pages
  --lighthouse-runs <n>   Lighthouse runs per page (default 3)
  --behind-nginx          also measure through nginx with docs/deploy/nginx.conf
  --fleet                 measure the shared cache of a fleet instead
  --redis-port <n>        Redis for --fleet (default 6390)
  --mail                  measure the mail path instead
  --subscribers <n>       newsletter subscribers for --mail (default 10000)
  --smtp-port <n>         SMTP port for --mail (default 2526)
  --worker-process        --mail with the mail worker as its own process
  --reset-timing          time "Forgot your password?" for an existing and an unknown address instead
  --pairs <n>             pairs of requests for --reset-timing (default 25)
  --pictures              Lighthouse (mobile and desktop) on the article with a hero photograph and
                          the arranged front page instead, beside the bare page (with --baseline)
  --editions              the Arabic edition's article page beside the English one instead (paired,
                          as shipped and on the render path, plain and gzip; --duration slices)
  --live-polling          live coverage under readers polling instead: one instance, the same behind
                          nginx, the fleet behind nginx, and the bare page polled alike (with --baseline)
  --readers <n>           readers for --live-polling (default 1000)
  --poll-ms <n>           their poll interval (default 3000, as the reader page polls)
  --updates <n>           updates posted per measurement (default 10, one per interval)
  --import                measure the WordPress import instead
  --import-while-reading  readers' p50/p99 of the cached home page while an import runs (command
                          line, dashboard, one post with 20,000 comments), against idle
  --posts <n>             posts for --import and --import-while-reading (default 10000)
  --cases <list>          --import-while-reading's cases, comma-separated: cli, dashboard, comments
                          (default all three)
  -h, --help              this text`;

export const { values: options } = parseCommandLine(USAGE, {
  articles: { type: "string" },
  duration: { type: "string" },
  connections: { type: "string" },
  rounds: { type: "string" },
  port: { type: "string" },
  database: { type: "string" },
  baseline: { type: "string" },
  "baseline-rendered": { type: "boolean" },
  "seed-only": { type: "boolean" },
  lighthouse: { type: "boolean" },
  "lighthouse-runs": { type: "string" },
  "behind-nginx": { type: "boolean" },
  fleet: { type: "boolean" },
  "redis-port": { type: "string" },
  mail: { type: "boolean" },
  subscribers: { type: "string" },
  "smtp-port": { type: "string" },
  "worker-process": { type: "boolean" },
  import: { type: "boolean" },
  "import-while-reading": { type: "boolean" },
  "reset-timing": { type: "boolean" },
  pairs: { type: "string" },
  "live-polling": { type: "boolean" },
  editions: { type: "boolean" },
  pictures: { type: "boolean" },
  readers: { type: "string" },
  "poll-ms": { type: "string" },
  updates: { type: "string" },
  posts: { type: "string" },
  cases: { type: "string" },
});
export const arg = (name: keyof typeof options, fallback: string) => String(options[name] ?? fallback);
export const ARTICLES = Math.min(100_000, Math.max(10, Number(arg("articles", "1000"))));
export const DURATION = Number(arg("duration", "10"));
export const CONNECTIONS = arg("connections", "10,50").split(",").map(Number);
export const PORT = arg("port", "3400");
export const NGINX_PORT = String(Number(PORT) + 1);
export const BEHIND_NGINX = options["behind-nginx"] === true;
export const FLEET = options.fleet === true;
export const REDIS_PORT = Number(arg("redis-port", "6390"));
export const MAIL = options.mail === true;
export const IMPORT = options.import === true;
export const IMPORT_POSTS = Math.min(200_000, Math.max(10, Number(arg("posts", "10000"))));
export const SUBSCRIBERS = Math.max(1, Number(arg("subscribers", "10000")));
export const SMTP_PORT = Number(arg("smtp-port", "2526"));
export const WORKER_PROCESS = options["worker-process"] === true;
export const REVALIDATE_SECRET = randomBytes(24).toString("hex");
export const AUTHORS = 20;
export const REPLIES_PER_ARTICLE = 5;
export const ROUNDS = Math.max(1, Number(arg("rounds", "1")));
export const BASELINE_DIR = arg("baseline", "");
export const BASELINE_PORT = String(Number(PORT) + 2);
export const NEXT_ALONE_PORT = String(Number(PORT) + 5);
export const BASELINE_RENDERED = options["baseline-rendered"] === true;
export const LIGHTHOUSE = options.lighthouse === true;
export const LIGHTHOUSE_RUNS = Math.max(1, Number(arg("lighthouse-runs", "3")));
export const DATABASE = arg("database", "sqlite");
if (DATABASE !== "sqlite" && DATABASE !== "postgres") throw new Error("bench: --database is sqlite or postgres");
if (DATABASE === "postgres" && !/^postgres(ql)?:\/\//.test(process.env.BENCH_DATABASE_URL ?? "")) {
  throw new Error("bench: --database postgres needs BENCH_DATABASE_URL=postgresql://user:password@host:5432/database (a database of its own)");
}
export const PICTURES = options.pictures === true;
export const url = IMPORT ? "file:./prisma/bench-import.db" : PICTURES ? "file:./prisma/bench-pictures.db" : DATABASE === "postgres" ? process.env.BENCH_DATABASE_URL! : `file:./prisma/bench-${ARTICLES}.db`;
process.env.DATABASE_URL = url;
process.env.NEXT_TELEMETRY_DISABLED = "1";

export const BENCH_ROWS = { startsWith: "bench-" };
