// The languages an edition may be in: those whose reader strings exist, the languages of messages/
// (lib/i18n/locale.ts; its unit test checks each file). Matched on the primary subtag, so "fr-CA" and
// "ar-u-nu-latn" are French and Arabic.
import { MESSAGE_LANGUAGES } from "@/lib/i18n/locale";

export const EDITION_LANGUAGES = MESSAGE_LANGUAGES;

export type EditionLanguage = (typeof EDITION_LANGUAGES)[number];

/** How the dashboard (in English) names a language when it says which ones are possible: "French". */
export function languageName(code: string): string {
  return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
}

export function isEditionLanguage(primary: string): primary is EditionLanguage {
  return (EDITION_LANGUAGES as readonly string[]).includes(primary);
}
