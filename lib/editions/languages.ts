// The languages an edition may be in: those whose reader strings exist, the languages of messages/
// (lib/i18n/locale.ts; its unit test checks each file). Matched on the primary subtag, so "fr-CA" and
// "ar-u-nu-latn" are French and Arabic.
import { MESSAGE_LANGUAGES } from "@/lib/i18n/locale";

export const EDITION_LANGUAGES = MESSAGE_LANGUAGES;

export type EditionLanguage = (typeof EDITION_LANGUAGES)[number];

/** How the dashboard names each language when it says which ones are possible. */
export const EDITION_LANGUAGE_NAMES: Record<EditionLanguage, string> = { en: "English", fr: "French", es: "Spanish", ar: "Arabic" };

export function isEditionLanguage(primary: string): primary is EditionLanguage {
  return (EDITION_LANGUAGES as readonly string[]).includes(primary);
}
