import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./e2e/browser";

// End-to-end tests run against a production build on a database of their own, never the one in .env:
// TEST_DATABASE_URL (a PostgreSQL URL in CI's second pass) or a SQLite file that is recreated per run.
const databaseUrl = process.env.TEST_DATABASE_URL || "file:./prisma/test.db";
const port = process.env.E2E_PORT || "3217";
// Set here so that both the web server and the test workers (factories) use the same database.
process.env.DATABASE_URL = databaseUrl;
process.env.E2E_PORT = port;
// Factories write straight to the database and then expire the cached reader pages through
// POST /api/revalidate with this token (e2e/factories.ts).
process.env.REVALIDATE_SECRET ||= "e2e-only-revalidate-secret-0000000000000";
// The SMTP server the tests start themselves (e2e/mail-server.ts) while they read mail; the rest of
// the time nothing listens there and the outbox waits, as it does when a real mail server is down.
process.env.E2E_SMTP_PORT ||= "2525";
// Shared with the tests so that they can sign a reply form's timing token for API calls.
process.env.AUTH_SECRET ||= "e2e-only-secret-not-for-production-000000";

export default defineConfig({
  testDir: "./e2e",
  // The fleet's tests need a fleet (npm run test:fleet, playwright.fleet.config.ts).
  testIgnore: "fleet/**",
  fullyParallel: false,
  workers: 1, // two cores: one for the server, one for the browser
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }], ["./e2e/reporters/spec-durations.ts"]] : [["list"], ["./e2e/reporters/spec-durations.ts"]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace records every action's page snapshots and a screencast, in the browser, for every test
    // (kept only for failures): processor time the two-core CI machine spends on the browser, for
    // files nobody reads there (CI keeps the output, not the report folder). Locally, as before;
    // `--trace on` records one run on demand (docs/decisions/026-ci-passes.md).
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://localhost:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: databaseUrl,
      E2E_PORT: port,
      AUTH_SECRET: process.env.AUTH_SECRET,
      SITE_URL: `http://localhost:${port}`,
      REVALIDATE_SECRET: process.env.REVALIDATE_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      // Only warnings and errors from the server in the test output (each request logs a line).
      LOG_LEVEL: "warn",
      // The tests play the reverse proxy: they connect from this machine and say, in X-Forwarded-For,
      // which reader they are (many readers, one machine). e2e/client-address.spec.ts starts a server
      // without this to check that, by default, the header is not believed.
      TRUSTED_PROXIES: "127.0.0.1, ::1",
      // Mail goes to the tests' SMTP server; the worker looks often and retries soon, so that tests
      // that stop and start that server see the retry within seconds.
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      MAIL_FROM: "Gazette <newsroom@example.com>",
      SITE_POSTAL_ADDRESS: "1 Press Street, Springfield",
      MAIL_POLL_MS: "250",
      MAIL_RETRY_BASE_MS: "500",
    },
  },
});
