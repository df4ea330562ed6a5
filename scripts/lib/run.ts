// Small helpers for the project's scripts: run a command with the project's binaries on PATH, load
// .env the way Next does for the scripts that run outside Next.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

export function loadDotEnv() {
  for (const file of [".env.local", ".env"]) {
    const full = path.join(root, file);
    // Values already in the environment win, as in Next.js.
    if (existsSync(full)) process.loadEnvFile(full);
  }
}

export function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env, PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}` },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed with exit code ${result.status ?? result.signal}`);
  }
}
