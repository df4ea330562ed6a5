// Which PostgreSQL text-search configuration reads an edition's articles and its readers' words: its
// language's stemmer and stop words, so a French reader's "grèves" finds "grève" and an Arabic
// reader's "انتخاب" finds "الانتخابات" (docs/decisions/062-search-in-each-language.md). Pure: the
// query (./search-sql.ts) passes the name as a regconfig parameter, and the PostgreSQL function
// "search_config" (migration 20261207120000_search_in_each_language), which the triggers use to
// build each article's vector, must give the same answer: search-sql.test.ts checks every entry.

/** The configurations PostgreSQL 15 ships, by the primary language subtag (ISO 639-1) they read. */
export const SEARCH_CONFIGS = {
  ar: "arabic",
  ca: "catalan",
  da: "danish",
  de: "german",
  el: "greek",
  en: "english",
  es: "spanish",
  eu: "basque",
  fi: "finnish",
  fr: "french",
  ga: "irish",
  hi: "hindi",
  hu: "hungarian",
  hy: "armenian",
  id: "indonesian",
  it: "italian",
  lt: "lithuanian",
  nb: "norwegian",
  ne: "nepali",
  nl: "dutch",
  nn: "norwegian",
  no: "norwegian",
  pt: "portuguese",
  ro: "romanian",
  ru: "russian",
  sr: "serbian",
  sv: "swedish",
  ta: "tamil",
  tr: "turkish",
  yi: "yiddish",
} as const satisfies Record<string, string>;

/** One of the fixed names above, or "simple" (lower-cased words, no stemming, no stop words). */
export type SearchConfig = (typeof SEARCH_CONFIGS)[keyof typeof SEARCH_CONFIGS] | "simple";

/**
 * The configuration for a BCP 47 tag ("en-GB", "fr", "ar-u-nu-latn", "es-419"), by its primary
 * subtag; "simple" for a language PostgreSQL has no stemmer for. Never returns anything but a
 * name from SEARCH_CONFIGS or "simple", whatever the input.
 */
export function searchConfig(language: string): SearchConfig {
  const primary = language.split("-", 1)[0]!.toLowerCase();
  return Object.hasOwn(SEARCH_CONFIGS, primary) ? SEARCH_CONFIGS[primary as keyof typeof SEARCH_CONFIGS] : "simple";
}
