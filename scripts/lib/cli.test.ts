import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";

// Each command, asked for help, prints its usage and starts nothing (no database, no build, no
// server: it answers at once); an unknown option is refused with exit code 2.
const commands: [string, string][] = [
  ["scripts/bench.ts", "Usage: npm run bench"],
  ["scripts/fleet.ts", "Usage: npm run fleet"],
  ["server.ts", "Usage: node --import tsx server.ts"],
  ["scripts/import-wordpress.ts", "Usage: npm run import:wordpress"],
  ["scripts/export.ts", "Usage: npm run export"],
  ["scripts/restore.ts", "Usage: npm run restore"],
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

// The archive commands take exactly one file: none, or two, is refused before anything starts.
const oneFile: [string, string[], RegExp][] = [
  ["scripts/import-wordpress.ts", [], /which export file\?/],
  ["scripts/import-wordpress.ts", ["a.xml", "b.xml"], /Unexpected argument "b\.xml"/],
  ["scripts/import-wordpress.ts", ["a.xml", "--uploads="], /--uploads needs a folder/],
  ["scripts/export.ts", [], /which file to write\?/],
  ["scripts/export.ts", ["--format", "csv", "site.csv"], /--format is backup or wxr, not "csv"/],
  ["scripts/restore.ts", [], /which backup file\?/],
  ["scripts/restore.ts", ["a.tar.gz", "b.tar.gz"], /Unexpected argument "b\.tar\.gz"/],
];
for (const [script, args, problem] of oneFile) {
  test(`${script} ${args.join(" ") || "(no file)"} is refused with exit code 2 and the usage`, () => {
    const result = spawnSync("node", ["--import", "tsx", script, ...args], { encoding: "utf8", timeout: 20_000, env: { ...process.env, DATABASE_URL: "file:./prisma/never-created.db" } });
    assert.equal(result.status, 2, result.stdout + result.stderr);
    assert.match(result.stderr, problem);
    assert.match(result.stderr, /Usage: npm run /);
  });
}
