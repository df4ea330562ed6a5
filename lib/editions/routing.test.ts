import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editionRoute, type RoutableEdition } from "./routing";

const editions: RoutableEdition[] = [
  { path: "en", isDefault: true },
  { path: "fr", isDefault: false },
  { path: "ar", isDefault: false },
  { path: "pt-br", isDefault: false },
];

const rewrite = (pathname: string) => ({ action: "rewrite", pathname, edition: "en" });
const redirect = (location: string) => ({ action: "redirect", status: 308, location });
const pass = (edition: string | null) => ({ action: "pass", edition });

describe("editionRoute: which edition an address belongs to", () => {
  it("passes an address under a non-default edition's path as it is", () => {
    for (const address of ["/fr", "/fr/", "/fr/articles/la-greve", "/fr/search?q=gr%C3%A8ve", "/ar/category/%D8%B9", "/pt-br/feed.xml", "/fr?page=2"]) {
      assert.deepEqual(editionRoute(address, editions), pass(address.slice(1).split(/[/?]/)[0]!), address);
    }
  });

  it("redirects the default edition's own path to the address without it, query kept (308)", () => {
    assert.deepEqual(editionRoute("/en", editions), redirect("/"));
    assert.deepEqual(editionRoute("/en/", editions), redirect("/"));
    assert.deepEqual(editionRoute("/en/articles/harbour", editions), redirect("/articles/harbour"));
    assert.deepEqual(editionRoute("/en/articles/harbour/", editions), redirect("/articles/harbour/"));
    assert.deepEqual(editionRoute("/en?p=12", editions), redirect("/?p=12"));
    assert.deepEqual(editionRoute("/en/search?q=a&page=2", editions), redirect("/search?q=a&page=2"));
    assert.deepEqual(editionRoute("/en/caf%C3%A9", editions), redirect("/caf%C3%A9"));
  });

  it("never redirects to another host, whatever follows the default's path", () => {
    assert.deepEqual(editionRoute("/en//evil.example/x", editions), redirect("/evil.example/x"));
    assert.deepEqual(editionRoute("/en/\\evil.example", editions), redirect("/evil.example"));
    assert.deepEqual(editionRoute("/en/\\/\\evil.example", editions), redirect("/evil.example"));
    assert.deepEqual(editionRoute("/en?//evil.example", editions), redirect("/?//evil.example"));
    for (const address of ["/en//evil.example", "/en/\\evil.example", "/en/%2F%2Fevil.example"]) {
      const route = editionRoute(address, editions);
      assert.equal(route.action, "redirect");
      if (route.action === "redirect") assert.match(route.location, /^\/(?![/\\])/, address);
    }
  });

  it("rewrites every other reader address under the default edition's path", () => {
    assert.deepEqual(editionRoute("/", editions), rewrite("/en"));
    assert.deepEqual(editionRoute("/?p=12", editions), { ...rewrite("/en"), pathname: "/en" });
    assert.deepEqual(editionRoute("/articles/harbour", editions), rewrite("/en/articles/harbour"));
    assert.deepEqual(editionRoute("/about", editions), rewrite("/en/about"));
    assert.deepEqual(editionRoute("/feed.xml", editions), rewrite("/en/feed.xml"));
    assert.deepEqual(editionRoute("/2019/05/01/old-post", editions), rewrite("/en/2019/05/01/old-post"));
    // A path that only begins like an edition's is not that edition.
    assert.deepEqual(editionRoute("/frx", editions), rewrite("/en/frx"));
    assert.deepEqual(editionRoute("/fr-ca/x", editions), rewrite("/en/fr-ca/x"));
    assert.deepEqual(editionRoute("/french", editions), rewrite("/en/french"));
    assert.deepEqual(editionRoute("/enx", editions), rewrite("/en/enx"));
    // Paths are lower case and matched exactly: another spelling is not an edition's.
    assert.deepEqual(editionRoute("/FR/x", editions), rewrite("/en/FR/x"));
    assert.deepEqual(editionRoute("/EN", editions), rewrite("/en/EN"));
    assert.deepEqual(editionRoute("/%66r/x", editions), rewrite("/en/%66r/x"));
    assert.deepEqual(editionRoute("/%65n", editions), rewrite("/en/%65n"));
    assert.deepEqual(editionRoute("//fr", editions), rewrite("/en//fr"));
  });

  it("keeps the query string with a rewrite for the caller (it rewrites the path only)", () => {
    const route = editionRoute("/search?q=fr", editions);
    assert.deepEqual(route, rewrite("/en/search"));
  });

  it("leaves what lives outside the readers' tree alone", () => {
    for (const address of ["/dashboard", "/dashboard/settings/editions", "/login", "/api/auth/session", "/api/health", "/live/abc", "/uploads/a.avif", "/_next/static/x.js", "/sitemap.xml", "/robots.txt", "/icon.png", "/logo.png", "/avatars/x.png"]) {
      assert.deepEqual(editionRoute(address, editions), pass(null), address);
    }
    // …but not an address that merely starts with the same letters.
    assert.deepEqual(editionRoute("/dashboards", editions), rewrite("/en/dashboards"));
    assert.deepEqual(editionRoute("/sitemap-articles-1.xml", editions), rewrite("/en/sitemap-articles-1.xml"));
  });

  it("follows the editions it is given: another default, a removed edition, none at all", () => {
    const frenchFirst: RoutableEdition[] = [
      { path: "en", isDefault: false },
      { path: "fr", isDefault: true },
    ];
    assert.deepEqual(editionRoute("/", frenchFirst), { action: "rewrite", pathname: "/fr", edition: "fr" });
    assert.deepEqual(editionRoute("/en/articles/x", frenchFirst), pass("en"));
    assert.deepEqual(editionRoute("/fr/articles/x", frenchFirst), redirect("/articles/x"));
    assert.deepEqual(editionRoute("/ar/articles/x", [{ path: "en", isDefault: true }]), rewrite("/en/ar/articles/x"));
    assert.deepEqual(editionRoute("/articles/x", []), pass(null));
    assert.deepEqual(editionRoute("/fr/x", [{ path: "fr", isDefault: false }]), pass("fr"));
    assert.deepEqual(editionRoute("/x", [{ path: "fr", isDefault: false }]), pass(null));
  });

  it("answers anything that is not a path without routing it", () => {
    assert.deepEqual(editionRoute("", editions), pass(null));
    assert.deepEqual(editionRoute("fr/x", editions), pass(null));
    assert.deepEqual(editionRoute("?x=1", editions), pass(null));
    assert.deepEqual(editionRoute("*", editions), pass(null));
  });
});
