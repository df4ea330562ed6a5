// The HTML attributes that say an edition's language and direction: the readers' root layout's
// `<html>` and every link to another edition (its name in its own script). Pure.

/** `lang` and `hreflang` take the language's base name: an extension ("ar-u-nu-latn") reaches Intl only. */
export function htmlLanguage(language: string): string {
  try {
    return new Intl.Locale(language).baseName;
  } catch {
    return language;
  }
}

/** `lang` and `dir` for an element written in this edition's language. */
export function languageAttributes(edition: { language: string; direction: "LTR" | "RTL" }): { lang: string; dir: "ltr" | "rtl" } {
  return { lang: htmlLanguage(edition.language), dir: edition.direction === "RTL" ? "rtl" : "ltr" };
}
