import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { localSiteUrlWarning, parseEnv } from "./env";

describe("SITE_URL", () => {
  it("defaults to the address the server listens on, following PORT", () => {
    assert.equal(parseEnv({ PORT: "3917" }).SITE_URL, "http://localhost:3917");
    assert.equal(parseEnv({}).SITE_URL, "http://localhost:3000");
  });

  it("is the configured address when set, whatever the port", () => {
    assert.equal(parseEnv({ PORT: "3917", SITE_URL: "https://news.example.com" }).SITE_URL, "https://news.example.com");
  });

  it("refuses a port that is not one", () => {
    assert.throws(() => parseEnv({ PORT: "web" }), /PORT/);
  });
});

describe("localSiteUrlWarning", () => {
  it("warns a production server that publishes local addresses", () => {
    for (const SITE_URL of ["http://localhost:3917", "http://127.0.0.1:3000", "http://[::1]:3000", "http://gazette.localhost"]) {
      assert.match(localSiteUrlWarning({ NODE_ENV: "production", SITE_URL }) ?? "", /SITE_URL/, SITE_URL);
    }
    assert.match(localSiteUrlWarning(parseEnv({ NODE_ENV: "production", PORT: "3917" })) ?? "", /http:\/\/localhost:3917/);
  });

  it("is quiet for a public address, and in development and tests", () => {
    assert.equal(localSiteUrlWarning({ NODE_ENV: "production", SITE_URL: "https://news.example.com" }), null);
    assert.equal(localSiteUrlWarning({ NODE_ENV: "development", SITE_URL: "http://localhost:3000" }), null);
    assert.equal(localSiteUrlWarning({ NODE_ENV: "test", SITE_URL: "http://localhost:3000" }), null);
  });
});
