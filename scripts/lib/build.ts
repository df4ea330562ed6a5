// "Build if needed": a production build is reused until a source file is newer than it.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { root, run } from "./run";

const SOURCES = ["app", "components", "lib", "public", "instrumentation.ts", "proxy.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["generated", "node_modules", ".next"]);

function newestMtime(entry: string): number {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (!SKIP.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function buildIsCurrent(): boolean {
  let built: number;
  try {
    built = statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return false;
  }
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= built);
}

export function buildIfNeeded(): void {
  if (buildIsCurrent()) {
    console.log("setup: the production build is up to date.");
    return;
  }
  console.log("setup: building for production …");
  run("next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
}
