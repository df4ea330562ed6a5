import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ipFromHeaders } from "./request-ip";

const ip = (init: HeadersInit) => ipFromHeaders(new Headers(init));

// What it does today (docs/decisions/007-sign-in-throttling.md): the last X-Forwarded-For entry,
// trusted as it comes. Sign-in throttling and reply limits key on it.
describe("ipFromHeaders", () => {
  it("takes the last X-Forwarded-For entry, the one our proxy appended", () => {
    assert.equal(ip({ "x-forwarded-for": "203.0.113.7" }), "203.0.113.7");
    assert.equal(ip({ "x-forwarded-for": "198.51.100.1, 10.0.0.2, 203.0.113.7" }), "203.0.113.7");
    assert.equal(ip({ "X-Forwarded-For": "198.51.100.1,203.0.113.7" }), "203.0.113.7");
    assert.equal(ip({ "x-forwarded-for": "2001:db8::1" }), "2001:db8::1");
  });

  it("reads repeated X-Forwarded-For headers as one list, the last header last", () => {
    const headers = new Headers();
    headers.append("x-forwarded-for", "198.51.100.1");
    headers.append("x-forwarded-for", "203.0.113.7");
    assert.equal(ipFromHeaders(headers), "203.0.113.7");
  });

  it("trims spaces and skips empty entries", () => {
    assert.equal(ip({ "x-forwarded-for": "  203.0.113.7  " }), "203.0.113.7");
    assert.equal(ip({ "x-forwarded-for": "203.0.113.7, " }), "203.0.113.7");
    assert.equal(ip({ "x-forwarded-for": "198.51.100.1,,203.0.113.7,,," }), "203.0.113.7");
  });

  it("prefers X-Forwarded-For to X-Real-IP, and falls back to it", () => {
    assert.equal(ip({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "192.0.2.9" }), "203.0.113.7");
    assert.equal(ip({ "x-real-ip": "192.0.2.9" }), "192.0.2.9");
    assert.equal(ip({ "x-forwarded-for": "", "x-real-ip": "192.0.2.9" }), "192.0.2.9");
    assert.equal(ip({ "x-forwarded-for": " , ,", "x-real-ip": "192.0.2.9" }), "192.0.2.9");
  });

  it("answers unknown when neither header says anything", () => {
    assert.equal(ip({}), "unknown");
    assert.equal(ip({ "x-forwarded-for": "," }), "unknown");
  });

  // Not validated: whatever the last entry holds is the key, ports and brackets included. A client
  // talking to Next directly (no proxy) can therefore choose it; the per-account limit still holds.
  it("returns malformed entries as they are", () => {
    assert.equal(ip({ "x-forwarded-for": "not-an-address" }), "not-an-address");
    assert.equal(ip({ "x-forwarded-for": "203.0.113.7:51234" }), "203.0.113.7:51234");
    assert.equal(ip({ "x-forwarded-for": "[2001:db8::1]:443" }), "[2001:db8::1]:443");
    assert.equal(ip({ "x-forwarded-for": "203.0.113.7 198.51.100.1" }), "203.0.113.7 198.51.100.1");
    assert.equal(ip({ "x-forwarded-for": "x".repeat(5000) }), "x".repeat(5000));
    assert.equal(ip({ "x-real-ip": "  spaced  " }), "spaced", "Headers trims the value itself");
  });
});
