import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./e2e/browser";

// The fleet tests (`npm run test:fleet`): several instances behind nginx on Redis and PostgreSQL,
// started with `npm run fleet` (e2e/fleet/global-setup.ts) on a database of their own, which they
// wipe: TEST_DATABASE_URL must name a PostgreSQL database. Media is in a bucket the fleet starts, each
// instance with a folder of its own, as machines of a fleet share no disk. Ports: FLEET_PORT (first
// instance), FLEET_NGINX_PORT (the public address), FLEET_REDIS_PORT, FLEET_S3_PORT (the bucket).
const databaseUrl = process.env.TEST_DATABASE_URL ?? "";
if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
  throw new Error("npm run test:fleet needs TEST_DATABASE_URL=postgresql://… (a database the tests may wipe); SQLite serves one process only.");
}
process.env.DATABASE_URL = databaseUrl;
process.env.FLEET_PORT ||= "3231";
process.env.FLEET_NGINX_PORT ||= "3230";
process.env.FLEET_REDIS_PORT ||= "6381";
process.env.FLEET_S3_PORT ||= "3239";
// The factories expire cached pages through the fleet's public address (e2e/factories.ts).
process.env.E2E_PORT = process.env.FLEET_NGINX_PORT;
process.env.REVALIDATE_SECRET ||= "e2e-only-revalidate-secret-0000000000000";
process.env.AUTH_SECRET ||= "e2e-only-secret-not-for-production-000000";

export default defineConfig({
  testDir: "./e2e/fleet",
  globalSetup: "./e2e/fleet/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["./e2e/reporters/spec-durations.ts"]],
  timeout: 120_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${process.env.FLEET_NGINX_PORT}`,
    trace: process.env.CI ? "off" : "retain-on-failure", // as playwright.config.ts
    launchOptions,
  },
  projects: [{ name: "fleet", use: { ...devices["Desktop Chrome"] } }],
});
