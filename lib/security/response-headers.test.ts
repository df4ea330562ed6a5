import assert from "node:assert/strict";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, it } from "node:test";
import { COMMON_SECURITY_HEADERS, staticContentSecurityPolicy } from "./policy.js";
import { setSecurityHeaders, usesNoncePolicy } from "./response-headers";

function headersFor(url: string, requestHeaders: Record<string, string> = {}) {
  const set = new Map<string, string>();
  const response = { setHeader: (key: string, value: string) => set.set(key.toLowerCase(), value) } as unknown as ServerResponse;
  setSecurityHeaders({ url, headers: requestHeaders } as unknown as IncomingMessage, response);
  return set;
}

describe("security headers of every response", () => {
  it("gives reader pages, files and 404s the common headers and the static policy", () => {
    for (const url of ["/", "/articles/a?x=1", "/_next/static/chunks/a.js", "/dashboards", "/loginx", "/api/authors", "/no/such/page"]) {
      const headers = headersFor(url);
      for (const { key, value } of COMMON_SECURITY_HEADERS) assert.equal(headers.get(key.toLowerCase()), value, `${key} on ${url}`);
      assert.equal(headers.get("content-security-policy"), staticContentSecurityPolicy(), url);
      assert.equal(headers.has("strict-transport-security"), false, url);
    }
  });

  it("leaves the policy of the dashboard, sign-in and next-auth to proxy.ts", () => {
    for (const url of ["/dashboard", "/dashboard/articles?page=2", "/login", "/login?callbackUrl=/dashboard", "/api/auth/session"]) {
      assert.equal(usesNoncePolicy(url.split("?")[0]!), true, url);
      const headers = headersFor(url);
      assert.equal(headers.has("content-security-policy"), false, url);
      assert.equal(headers.get("x-frame-options"), "DENY", url);
    }
  });

  it("sends Strict-Transport-Security behind a TLS proxy only", () => {
    assert.equal(headersFor("/", { "x-forwarded-proto": "https" }).get("strict-transport-security"), "max-age=63072000");
    assert.equal(headersFor("/", { "x-forwarded-proto": "http" }).has("strict-transport-security"), false);
  });
});
