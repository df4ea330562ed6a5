// What a page says about its versions in other editions: hreflang alternates (with x-default) for the
// page head and the sitemaps, og:locale and its alternates. Pure (docs/plans/editions.md, section 5).
import { htmlLanguage } from "./attributes";
import { editionHref, type EditionAddress } from "./href";

export type Version = EditionAddress & { language: string; slug: string };

/** og:locale's form of a language: "fr-FR" and "fr" → "fr_FR", "ar" → "ar_EG" (its likeliest region). */
export function openGraphLocale(language: string): string {
  try {
    const locale = new Intl.Locale(language).maximize();
    return locale.region ? `${locale.language}_${locale.region}` : locale.language;
  } catch {
    return language.replace("-", "_");
  }
}

/**
 * hreflang alternates of a story published in several editions: each version under its language,
 * itself included, and x-default (the default edition's version, else the first). None for one.
 */
export function languageAlternates(versions: Version[], pathOf: (slug: string) => string): Record<string, string> | undefined {
  if (versions.length < 2) return undefined;
  const languages: Record<string, string> = {};
  for (const version of versions) languages[htmlLanguage(version.language)] = editionHref(version, pathOf(version.slug));
  const fallback = versions.find((version) => version.isDefault) ?? versions[0]!;
  languages["x-default"] = editionHref(fallback, pathOf(fallback.slug));
  return languages;
}
