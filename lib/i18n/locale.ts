// Which messages file serves a language, and the formats every reader string uses. Pure, so the
// request config (i18n/request.ts), route handlers and the messages unit test share it.
// docs/decisions/048-reader-messages.md
import type { Formats } from "next-intl";
import { SITE_LOCALE } from "@/lib/format-core";

/** The languages that have a messages file in messages/: a new language is its file and its code here (the dashboard names it with Intl, search falls back to no stemming: lib/search/search-config.ts). */
export const MESSAGE_LANGUAGES = ["en", "fr", "es", "ar"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/**
 * The messages file for a BCP 47 language: the exact language ("pt-BR") when there is such a file,
 * else its primary subtag ("en-GB" → "en"), else null.
 */
export function messagesLanguageFor(language: string, available: readonly string[] = MESSAGE_LANGUAGES): string | null {
  let base: string;
  try {
    // The base name drops extensions ("ar-u-nu-latn" → "ar"), which reach Intl only.
    base = new Intl.Locale(language).baseName;
  } catch {
    return null;
  }
  const exact = available.find((file) => file.toLowerCase() === base.toLowerCase());
  if (exact) return exact;
  const primary = base.split("-")[0]!.toLowerCase();
  return available.find((file) => file.toLowerCase() === primary) ?? null;
}

/**
 * The language readers' strings, dates and numbers are written in. THE one place the reader's
 * language is decided: today the site's (SITE_LOCALE); with editions, the language of the edition
 * whose tree is rendering, read in i18n/request.ts from `edition()` (next/root-params).
 */
export const DEFAULT_READER_LANGUAGE = SITE_LOCALE;

/**
 * Named formats: the same Intl options as lib/format-core.ts, so English dates read exactly as
 * before ("5 December 2026", "5 December 2026 at 23:30", "23:30").
 */
export const READER_FORMATS = {
  dateTime: {
    date: { dateStyle: "long" },
    dateTime: { dateStyle: "long", timeStyle: "short" },
    time: { timeStyle: "short" },
  },
} satisfies Formats;
