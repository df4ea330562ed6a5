// Prints, at the end of a run, how long each spec file took (slowest first), so that CI's log shows
// where the suite's time goes (.ci/run must stay well under its time limit).
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class SpecDurations implements Reporter {
  private readonly perFile = new Map<string, { ms: number; tests: number }>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = test.location.file.replace(/^.*?\/e2e\//, "e2e/");
    const entry = this.perFile.get(file) ?? { ms: 0, tests: 0 };
    entry.ms += result.duration;
    entry.tests += 1;
    this.perFile.set(file, entry);
  }

  onEnd(): void {
    const rows = [...this.perFile].sort((a, b) => b[1].ms - a[1].ms);
    const total = rows.reduce((sum, [, entry]) => sum + entry.ms, 0);
    console.log(`\nTime per spec (${(total / 1000).toFixed(0)} s in tests):`);
    for (const [file, { ms, tests }] of rows) console.log(`  ${(ms / 1000).toFixed(1).padStart(7)} s  ${String(tests).padStart(3)} tests  ${file}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
