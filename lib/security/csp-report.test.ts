import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_REPORT_BYTES, parseReports, readBounded } from "./csp-report";

describe("CSP violation reports", () => {
  it("reads a report-uri body", () => {
    const body = JSON.stringify({ "csp-report": { "document-uri": "https://news.example/", "violated-directive": "script-src-elem", "blocked-uri": "https://x.example/a.js", "line-number": 3 } });
    const parsed = parseReports("application/csp-report", body);
    assert.ok(parsed.ok);
    assert.equal(parsed.violations[0]!.effectiveDirective, "script-src-elem");
    assert.equal(parsed.violations[0]!.lineNumber, 3);
  });

  it("reads a Reporting API batch and skips other kinds of reports", () => {
    const body = JSON.stringify([
      { type: "deprecation", body: {} },
      { type: "csp-violation", body: { documentURL: "https://news.example/", effectiveDirective: "script-src-attr", blockedURL: "inline", lineNumber: "x" } },
    ]);
    const parsed = parseReports("application/reports+json; charset=utf-8", body);
    assert.ok(parsed.ok);
    assert.equal(parsed.violations.length, 1);
    assert.equal(parsed.violations[0]!.lineNumber, null);
  });

  it("cuts long fields and keeps at most ten reports of a batch", () => {
    const entry = { type: "csp-violation", body: { sample: "x".repeat(5000) } };
    const parsed = parseReports("application/reports+json", JSON.stringify(Array.from({ length: 50 }, () => entry)));
    assert.ok(parsed.ok);
    assert.equal(parsed.violations.length, 10);
    assert.equal(parsed.violations[0]!.sample.length, 300);
  });

  it("refuses what is not a report, without throwing", () => {
    assert.deepEqual(parseReports("text/plain", "{}"), { ok: false, reason: "unsupported-type" });
    assert.deepEqual(parseReports(null, "{}"), { ok: false, reason: "unsupported-type" });
    for (const body of ["", "{", "null", "[]", "1", '{"csp-report": 1}', '{"__proto__": {"x": 1}}']) {
      assert.deepEqual(parseReports("application/csp-report", body), { ok: false, reason: "malformed" }, body);
    }
    assert.deepEqual(parseReports("application/reports+json", "{}"), { ok: false, reason: "malformed" });
  });

  it("reads a body up to the limit and no further", async () => {
    assert.equal(await readBounded(new Request("http://x/", { method: "POST", body: "a".repeat(MAX_REPORT_BYTES) }), MAX_REPORT_BYTES), "a".repeat(MAX_REPORT_BYTES));
    assert.equal(await readBounded(new Request("http://x/", { method: "POST", body: "a".repeat(MAX_REPORT_BYTES + 1) }), MAX_REPORT_BYTES), null);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(1024));
        controller.close();
      },
    });
    const chunked = new Request("http://x/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    assert.equal(await readBounded(chunked, MAX_REPORT_BYTES), null);
  });
});
