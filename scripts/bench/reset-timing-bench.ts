// `--reset-timing [--pairs 25]`: "Forgot your password?" for an existing address against an unknown one
// (the measurement is scripts/bench/reset-timing.ts).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stopProcess } from "../lib/fleet";
import { root } from "../lib/run";
import { measureResetTiming } from "./reset-timing";
import { startServer, waitForServer } from "./common";
import { options, PORT } from "./options";

/** `--reset-timing`: an existing address against an unknown one at "Forgot your password?" (scripts/bench/reset-timing.ts). */
export async function resetTimingBench() {
  const pairs = Number(options.pairs ?? 25);
  if (!Number.isInteger(pairs) || pairs < 1 || pairs > 1000) throw new Error("bench: --pairs takes a number from 1 to 1000");
  // The bench plays many readers from one machine: the server believes its X-Forwarded-For.
  const server = startServer({ TRUSTED_PROXIES: "127.0.0.1, ::1" });
  const base = `http://localhost:${PORT}`;
  try {
    await waitForServer(base);
    const timing = await measureResetTiming(base, "editor@example.com", pairs);
    console.log(`bench: forgot password, ${timing.pairs} pairs: an existing address ${timing.knownMedianMs} ms, an unknown one ${timing.unknownMedianMs} ms (median), ${timing.ratio}×; the existing one slower in ${timing.knownSlowerIn} of ${timing.pairs}; answers ${timing.statuses.join(", ")}`);
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${new Date().toISOString().replace(/[:.]/g, "-")}-reset-timing.json`);
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), loadAverage: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "), ...timing }, null, 2) + "\n");
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    await stopProcess(server.pid ?? null);
  }
}

