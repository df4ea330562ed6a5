import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { shareMetadata, siteShareImage } from "./share-metadata";

describe("shareMetadata", () => {
  it("gives a page its address, the site's image with alt text, and a large card with that image", () => {
    const { openGraph, twitter } = shareMetadata({ path: "/tag/energy", title: "Energy" });
    assert.ok(openGraph && twitter);
    assert.equal(openGraph.url, "/tag/energy");
    assert.deepEqual(openGraph.images, [siteShareImage()]);
    assert.ok(siteShareImage().alt.length > 0);
    assert.equal((twitter as { card?: string }).card, "summary_large_image");
    assert.deepEqual(twitter.images, [{ url: "/og.png", alt: siteShareImage().alt }]);
    assert.equal(openGraph.siteName, siteShareImage().alt.split(":")[0]);
  });

  it("keeps the page's own image and kind", () => {
    const image = { url: "/uploads/hero.jpg", alt: "A harbour at dawn" };
    const { openGraph, twitter } = shareMetadata({ path: "/articles/a", title: "A", image, openGraph: { type: "article", section: "World" } });
    assert.equal((openGraph as { type?: string }).type, "article");
    assert.equal(openGraph?.url, "/articles/a");
    assert.deepEqual(openGraph?.images, [image]);
    assert.deepEqual(twitter?.images, [image]);
  });
});
