import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { safeCallbackPath } from "./schemas";

const SITE = "https://gazette.example";

describe("safeCallbackPath", () => {
  it("keeps paths inside the dashboard, with a query", () => {
    for (const path of ["/dashboard", "/dashboard/", "/dashboard/articles", "/dashboard/articles/new", "/dashboard/articles?status=draft&page=2", "/dashboard/moderation?tab=pending%20review", "/dashboard/articles/clx1-a_b.c"]) {
      assert.equal(safeCallbackPath(path), path);
    }
  });

  it("refuses other sites, however they are written", () => {
    const offSite = [
      "//evil.com",
      "//evil.com/dashboard",
      "/\\evil.com",
      "\\\\evil.com",
      "/\t/evil.com",
      "https://evil.com",
      "https://evil.com/dashboard",
      "http://localhost:3000/dashboard",
      "HTTPS://evil.com",
      "//evil.com%2F",
      "%2F%2Fevil.com",
      "/%2F%2Fevil.com",
      "/%5Cevil.com",
      "/dashboard@evil.com",
      "/dashboard/@evil.com",
      "/dashboard\\@evil.com",
      "/dashboard.evil.com",
      "/dashboardevil.com",
      "javascript:alert(1)",
      "JavaScript:alert(document.cookie)",
      "javascript%3Aalert(1)",
      "data:text/html,<script>alert(1)</script>",
      " /dashboard",
      "/dashboard\n//evil.com",
      "/dashboard\r\nLocation: https://evil.com",
      "/dashboard#//evil.com",
      "/dashboard/\u2215\u2215evil.com",
      "",
    ];
    for (const value of offSite) assert.equal(safeCallbackPath(value), "/dashboard", JSON.stringify(value));
  });

  it("refuses reader and other pages of the site", () => {
    for (const value of ["/", "/login", "/api/auth/signout", "/articles/x", "dashboard", "./dashboard"]) assert.equal(safeCallbackPath(value), "/dashboard", value);
  });

  // What passes stays on this site whatever a browser makes of it: dot segments and encoded
  // slashes inside the dashboard path resolve to a path of the same origin.
  it("lets through only what resolves to this site", () => {
    for (const value of ["/dashboard//evil.com", "/dashboard/../../evil.com", "/dashboard/%2F%2Fevil.com", "/dashboard/..%2F..%2Fevil.com", "/dashboard/?next=https%3A%2F%2Fevil.com"]) {
      const kept = safeCallbackPath(value);
      assert.equal(new URL(kept, SITE).origin, SITE, value);
      assert.ok(kept.startsWith("/dashboard"), value);
    }
  });

  it("refuses anything that is not a string", () => {
    for (const value of [undefined, null, 42, true, {}, ["/dashboard/articles"], { toString: () => "/dashboard/articles" }, new URL("https://gazette.example/dashboard")]) {
      assert.equal(safeCallbackPath(value), "/dashboard");
    }
  });
});
