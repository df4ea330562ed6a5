import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { env } from "@/lib/env";
import { shareMetadata } from "@/lib/seo/share-metadata";
import { inEdition } from "./metadata";

describe("inEdition", () => {
  const page = {
    title: "Le port",
    alternates: { canonical: "/articles/port", types: { "application/rss+xml": [{ url: "/feed.xml", title: "Gazette (RSS)" }] } },
    openGraph: { url: "/articles/port", images: [{ url: "/articles/port/og.png", alt: "Le port" }, { url: "https://cdn.example/p.jpg", alt: "" }] },
    twitter: { card: "summary_large_image" as const, images: [{ url: "/articles/port/og.png", alt: "Le port" }] },
    authors: [{ name: "Léa", url: "/authors/lea" }],
  };

  it("moves the site's own addresses under the edition's path and leaves others alone", () => {
    const moved = inEdition({ path: "fr", isDefault: false, language: "fr" }, page);
    assert.equal(moved.title, "Le port");
    assert.equal(moved.alternates?.canonical, "/fr/articles/port");
    assert.deepEqual(moved.alternates?.types?.["application/rss+xml"], [{ url: "/fr/feed.xml", title: "Gazette (RSS)" }]);
    assert.deepEqual(moved.openGraph?.url, "/fr/articles/port");
    assert.equal((moved.openGraph as { locale?: string }).locale, "fr_FR");
    assert.deepEqual(moved.openGraph?.images, [{ url: "/fr/articles/port/og.png", alt: "Le port" }, { url: "https://cdn.example/p.jpg", alt: "" }]);
    assert.deepEqual((moved.twitter as { images: unknown }).images, [{ url: "/fr/articles/port/og.png", alt: "Le port" }]);
    assert.deepEqual(moved.authors, [{ name: "Léa", url: "/fr/authors/lea" }]);
  });

  it("leaves the default edition's addresses alone and says its language", () => {
    const english = inEdition({ path: "en", isDefault: true, language: "en-GB" }, page);
    assert.equal(english.alternates, page.alternates);
    assert.equal(english.openGraph?.url, "/articles/port");
    assert.equal((english.openGraph as { locale?: string }).locale, "en_GB");
  });

  it("says the edition's tagline where the page says the site's, and the site's when the edition has none", () => {
    const search = { title: "Recherche", description: env.SITE_DESCRIPTION, ...shareMetadata({ path: "/search", title: "Recherche" }) };
    const french = inEdition({ path: "fr", isDefault: false, language: "fr", description: "L’actualité du monde, vérifiée." }, search);
    assert.equal(french.description, "L’actualité du monde, vérifiée.");
    assert.equal(french.openGraph?.description, "L’actualité du monde, vérifiée.");
    assert.equal(french.twitter?.description, "L’actualité du monde, vérifiée.");
    assert.deepEqual((french.openGraph?.images as { url: string; alt: string }[]).map((image) => [image.url, image.alt]), [["/fr/og.png", `${env.SITE_NAME}: L’actualité du monde, vérifiée.`]]);
    const own = inEdition({ path: "fr", isDefault: false, language: "fr", description: "L’actualité du monde, vérifiée." }, { ...page, description: "Le port rouvre." });
    assert.equal(own.description, "Le port rouvre.", "a page's own description stays");
    const none = inEdition({ path: "fr", isDefault: false, language: "fr", description: "" }, search);
    assert.equal(none.description, env.SITE_DESCRIPTION);
  });
});
