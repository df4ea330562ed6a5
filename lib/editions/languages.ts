// The languages an edition may be in: those whose reader strings exist. Each has messages/<lang>.json
// (navigation, bylines, reply form, dates and plurals; docs/plans/editions.md, section 3): a new
// language is one messages file and one entry here. Matched on the primary subtag, so "fr-CA" and
// "ar-u-nu-latn" are French and Arabic.
export const EDITION_LANGUAGES = ["en", "fr", "es", "ar"] as const;

export type EditionLanguage = (typeof EDITION_LANGUAGES)[number];

/** How the dashboard names each language when it says which ones are possible. */
export const EDITION_LANGUAGE_NAMES: Record<EditionLanguage, string> = { en: "English", fr: "French", es: "Spanish", ar: "Arabic" };

export function isEditionLanguage(primary: string): primary is EditionLanguage {
  return (EDITION_LANGUAGES as readonly string[]).includes(primary);
}
