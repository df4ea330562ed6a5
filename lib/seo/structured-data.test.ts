import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { publisher } from "./structured-data";

describe("publisher", () => {
  it("gives the logo no bare-number width or height (schema.org wants Distance or QuantitativeValue)", () => {
    const { logo } = publisher();
    assert.equal(logo["@type"], "ImageObject");
    assert.match(logo.url, /\/logo\.png$/);
    for (const value of [(logo as Record<string, unknown>).width, (logo as Record<string, unknown>).height]) {
      assert.ok(value === undefined || typeof value !== "number", "a bare number is not a schema.org Distance");
    }
  });
});

describe("the site's own structured data", () => {
  it("is a WebSite with a search action and the NewsMediaOrganization that publishes it", async () => {
    const { siteData } = await import("./structured-data");
    type Node = { "@type": string; "@id": string; publisher: { "@id": string }; potentialAction: { "@type": string; target: { urlTemplate: string }; "query-input": string } };
    const [site, organization] = siteData({ path: "en", isDefault: true, language: "en-GB" })["@graph"] as unknown as [Node, Node];
    assert.equal(site["@type"], "WebSite");
    assert.equal(site.potentialAction["@type"], "SearchAction");
    assert.match(site.potentialAction.target.urlTemplate, /\/search\?q=\{search_term_string\}$/);
    assert.equal(site.potentialAction["query-input"], "required name=search_term_string");
    assert.equal(organization["@type"], "NewsMediaOrganization");
    assert.equal(site.publisher["@id"], organization["@id"]);
  });

  it("is in its edition's language, at its address", async () => {
    const { siteData } = await import("./structured-data");
    const [site] = siteData({ path: "fr", isDefault: false, language: "fr" })["@graph"] as unknown as [{ url: string; inLanguage: string; potentialAction: { target: { urlTemplate: string } } }];
    assert.equal(site.inLanguage, "fr");
    assert.match(site.url, /\/fr$/);
    assert.match(site.potentialAction.target.urlTemplate, /\/fr\/search\?q=/);
  });
});
