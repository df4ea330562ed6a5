import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * The browser every Playwright config drives (docs/decisions/026-ci-passes.md): CHROMIUM_PATH, else
 * Debian's `chromium-headless-shell` (the old headless mode, which Playwright itself uses for
 * headless Chromium: the same Blink, about a third less processor time a test than the full browser
 * on these two-core machines), else Debian's `chromium`. Playwright's own download is not reachable.
 */
const executablePath =
  process.env.CHROMIUM_PATH || ["/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium"].find((file) => existsSync(file)) || "/usr/lib/chromium/chromium";

export const launchOptions: LaunchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};
