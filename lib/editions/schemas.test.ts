import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { z } from "zod";
import { EDITION_LANGUAGES } from "./languages";
import { EditionFormSchema, EditionLanguageSchema, EditionPathSchema, RESERVED_EDITION_PATHS, canonicalLanguage, proposedDirection } from "./schemas";

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = EditionFormSchema.safeParse(input);
  assert.equal(parsed.success, false, JSON.stringify(input));
  return z.flattenError(parsed.error!).fieldErrors as Record<string, string[] | undefined>;
};

describe("an edition's form", () => {
  it("takes a language, a name, a path, a direction and a tagline (one line, at most 160 characters)", () => {
    assert.deepEqual(EditionFormSchema.parse({ language: " fr ", name: " Français ", path: "fr", direction: "LTR" }), { language: "fr", name: "Français", path: "fr", direction: "LTR", description: "" });
    assert.deepEqual(EditionFormSchema.parse({ language: "ar", name: "العربية", path: "ar", direction: "RTL", description: " أخبار العالم " }), { language: "ar", name: "العربية", path: "ar", direction: "RTL", description: "أخبار العالم" });
    assert.ok(errorsOf({ language: "fr", name: "Français", path: "fr", description: "x".repeat(161) }).description);
    assert.ok(errorsOf({ language: "fr", name: "Français", path: "fr", description: "deux\nlignes" }).description);
  });

  it("takes the language's direction when the form sends none or 'From the language' (no JavaScript)", () => {
    assert.equal(EditionFormSchema.parse({ language: "ar", name: "العربية", path: "ar" }).direction, "RTL");
    assert.equal(EditionFormSchema.parse({ language: "ar", name: "العربية", path: "ar", direction: "" }).direction, "RTL");
    assert.equal(EditionFormSchema.parse({ language: "es-MX", name: "Español", path: "es" }).direction, "LTR");
    // A direction chosen by hand wins.
    assert.equal(EditionFormSchema.parse({ language: "ar", name: "العربية", path: "ar", direction: "LTR" }).direction, "LTR");
    assert.ok(errorsOf({ language: "ar", name: "x", path: "ar", direction: "UP" }).direction);
    assert.ok(errorsOf({ language: "ar", name: "x", path: "ar", direction: ["LTR", "RTL"] }).direction);
  });

  it("refuses a bad field beside that field, each with its own sentence", () => {
    const errors = errorsOf({ language: "", name: "", path: "" });
    assert.deepEqual(Object.keys(errors).sort(), ["language", "name", "path"]);
    assert.ok(errorsOf({ language: "fr", name: "x".repeat(41), path: "fr" }).name);
    assert.equal(EditionFormSchema.safeParse({ language: "fr", name: "x".repeat(40), path: "fr" }).success, true);
    assert.ok(errorsOf({ language: "fr", name: "Fran\nçais", path: "fr" }).name);
    assert.ok(errorsOf({ language: 42, name: "x", path: "fr" }).language);
    assert.ok(errorsOf({ language: "fr", name: "x", path: { toString: "fr" } }).path);
  });
});

describe("an edition's language", () => {
  it("is a BCP 47 tag, kept in its canonical form", () => {
    for (const [tag, canonical] of [
      ["fr", "fr"],
      ["FR-ca", "fr-CA"],
      ["es-419", "es-419"],
      ["ar-u-nu-latn", "ar-u-nu-latn"],
      ["en-GB", "en-GB"],
      ["ar-Arab-EG", "ar-Arab-EG"],
    ]) {
      assert.equal(EditionLanguageSchema.parse(tag), canonical, tag);
    }
  });

  it("refuses what is not a tag, and a tag too long for any column", () => {
    for (const tag of ["", "  ", "fr_FR", "français", "f", "x-private", "fr--ca", "-fr", "fr-", "*", "en-GB-".repeat(10), "../fr", "fr ca"]) {
      assert.equal(EditionLanguageSchema.safeParse(tag).success, false, tag);
    }
    assert.equal(canonicalLanguage("fr_FR"), null);
  });

  it("must be a language the readers' pages have messages in, on its primary subtag", () => {
    for (const tag of ["de", "de-DE", "he", "zh-Hant", "pt-BR", "und"]) {
      const parsed = EditionLanguageSchema.safeParse(tag);
      assert.equal(parsed.success, false, tag);
      assert.match(parsed.error!.issues[0]!.message, /no messages in this language/, tag);
    }
    for (const language of EDITION_LANGUAGES) assert.equal(EditionLanguageSchema.safeParse(`${language}-001`).success, true, language);
  });
});

describe("an edition's path", () => {
  it("is two or three lower-case letters, optionally a hyphen and 2 to 8 letters or digits", () => {
    for (const path of ["fr", "ar", "ast", "pt-br", "sr-latn", "es-419", "zh-hant"]) assert.equal(EditionPathSchema.safeParse(path).success, true, path);
    for (const path of ["", "f", "FR", "FR!", "fr!", "français", "frenc", "fr-", "fr-c", "fr-abcdefghi", "fr-ca-x", "fr/ca", "fr ca", "../fr", "fr%2F", "1fr", "x".repeat(10_000)]) {
      assert.equal(EditionPathSchema.safeParse(path).success, false, path);
    }
  });

  it("is not a first segment another part of the site answers, and says so", () => {
    for (const path of ["dashboard", "api", "tag", "login", "live", "uploads", "_next", "feed", "articles", "search", "Dashboard"]) {
      const parsed = EditionPathSchema.safeParse(path);
      assert.equal(parsed.success, false, path);
      assert.match(parsed.error!.issues[0]!.message, /belongs to another part of the site/, path);
      assert.equal(parsed.error!.issues.length, 1, `${path}: one sentence`);
    }
  });

  it("keeps every first segment of the readers' routes and of app/ reserved", () => {
    const app = path.resolve(import.meta.dirname, "..", "..", "app");
    const segments = (folder: string) =>
      readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !/^[([]/.test(entry.name))
        .map((entry) => entry.name);
    const site = path.join(app, "[edition]");
    for (const segment of [...segments(app), ...segments(site)]) {
      assert.ok(RESERVED_EDITION_PATHS.has(segment), `${segment} (app/) must be in RESERVED_EDITION_PATHS`);
    }
  });
});

describe("the direction proposed for a language", () => {
  it("is right to left for languages written in Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam or Hanifi scripts", () => {
    for (const language of ["ar", "ar-EG", "fa", "ur", "he", "yi", "syr", "dv", "nqo", "ff-Adlm", "az-Arab", "ps", "ckb"]) assert.equal(proposedDirection(language), "RTL", language);
  });

  it("is left to right otherwise, and for anything that is not a tag", () => {
    for (const language of ["en", "fr", "es", "ff", "az", "zh-Hant", "tr", "ar-Latn", "", "not a tag", "x".repeat(200)]) assert.equal(proposedDirection(language), "LTR", language);
  });
});
