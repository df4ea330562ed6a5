import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";

// Each command, asked for help, prints its usage and starts nothing (no database, no build, no
// server: it answers at once); an unknown option is refused with exit code 2.
const commands: [string, string][] = [
  ["scripts/bench.ts", "Usage: npm run bench"],
  ["scripts/fleet.ts", "Usage: npm run fleet"],
  ["server.ts", "Usage: node --import tsx server.ts"],
];

for (const [script, usage] of commands) {
  test(`${script} --help prints its usage and starts nothing; an unknown option is refused`, () => {
    const help = spawnSync("node", ["--import", "tsx", script, "--help"], { encoding: "utf8", timeout: 20_000 });
    assert.equal(help.status, 0, help.stderr);
    assert.ok(help.stdout.startsWith(usage), help.stdout);
    const unknown = spawnSync("node", ["--import", "tsx", script, "--no-such-option"], { encoding: "utf8", timeout: 20_000 });
    assert.equal(unknown.status, 2, unknown.stdout + unknown.stderr);
    assert.match(unknown.stderr, /Unknown option '--no-such-option'/);
  });
}
