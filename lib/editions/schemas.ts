// Settings → Editions: one schema for the form and the action (docs/decisions/047-editions.md).
// What needs the database (a language or path another edition has, a path a site page has) is
// checked by the mutation, and comes back beside the same fields.
import { z } from "zod";
import { RecordIdSchema, singleLine } from "@/lib/actions/schemas";
import { RESERVED_PAGE_SLUGS } from "@/lib/pages/schemas";
import { EDITION_LANGUAGES, isEditionLanguage, languageName } from "./languages";

/** A form named an edition that is gone (deleted in another tab, or a stale page). */
export const EDITION_GONE_MESSAGE = "That edition does not exist (any more). Reload the page and choose another.";

export const EDITION_DIRECTIONS = ["LTR", "RTL"] as const;
export type EditionDirection = (typeof EDITION_DIRECTIONS)[number];

/** Longer than any tag a newsroom would use ("zh-Hant-HK-u-nu-hanidec" is 23), short enough for any column. */
export const LANGUAGE_MAX_LENGTH = 35;
export const EDITION_NAME_MAX = 40;
/** An edition's tagline (./description.ts): a line under the masthead and in share cards. */
export const EDITION_DESCRIPTION_MAX = 160;
/** "fr", "ast", "pt-br", "sr-latn": what readers see as the first segment of the edition's addresses. */
export const EDITION_PATH_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;

/**
 * First segments that are not an edition's to take: the reader routes' (app/[edition], the feeds and
 * sitemaps, next.config.js's rewrites, kept by RESERVED_PAGE_SLUGS) and what lives outside the
 * readers' tree (the dashboard, sign-in, the API, live polling, uploads, Next's own files).
 * Most cannot match EDITION_PATH_PATTERN anyway; they are listed so the message says why.
 */
export const RESERVED_EDITION_PATHS: ReadonlySet<string> = new Set([...RESERVED_PAGE_SLUGS, "dashboard", "login", "api", "live", "uploads", "_next", "feed", "rss", "www", "static"]);

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi Rohingya. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"]);

/**
 * The direction a language is written in, from its likely script ("ar" → Arab → RTL, "az-Arab" →
 * RTL, "fr" → LTR): proposed by the form as Language is typed, and used by the action when the
 * form sent no direction (without JavaScript the form sends "From the language").
 */
export function proposedDirection(language: string): EditionDirection {
  try {
    const script = new Intl.Locale(language.trim()).maximize().script;
    return script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? "RTL" : "LTR";
  } catch {
    return "LTR";
  }
}

/** A BCP 47 tag in its canonical form ("EN-gb" → "en-GB"), or null when it is not one. */
export function canonicalLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The primary language subtag ("fr" of "fr-CA"), of a canonical tag. */
export function primaryLanguage(tag: string): string {
  return new Intl.Locale(tag).language;
}

const possibleLanguages = EDITION_LANGUAGES.map((code) => `${languageName(code)} (${code})`).join(", ");

export const EditionLanguageSchema = z
  .string()
  .trim()
  .min(1, "Give the edition's language as a BCP 47 tag, like fr or ar.")
  .max(LANGUAGE_MAX_LENGTH, `Keep the language tag under ${LANGUAGE_MAX_LENGTH} characters.`)
  .transform((tag, ctx) => {
    const canonical = canonicalLanguage(tag);
    if (!canonical) {
      ctx.addIssue({ code: "custom", message: "This is not a BCP 47 language tag: write one like fr, es-MX or ar." });
      return z.NEVER;
    }
    if (!isEditionLanguage(primaryLanguage(canonical))) {
      ctx.addIssue({ code: "custom", message: `Readers' pages have no messages in this language yet. Choose one of: ${possibleLanguages}.` });
      return z.NEVER;
    }
    return canonical;
  });

export const EditionPathSchema = z
  .string()
  .trim()
  .superRefine((path, ctx) => {
    if (!path) ctx.addIssue({ code: "custom", message: "Give the edition a path, like fr." });
    else if (RESERVED_EDITION_PATHS.has(path.toLowerCase())) ctx.addIssue({ code: "custom", message: "This path belongs to another part of the site: choose another, like fr." });
    else if (!EDITION_PATH_PATTERN.test(path)) ctx.addIssue({ code: "custom", message: "Use two or three lower-case letters, then optionally a hyphen and 2 to 8 letters or digits, like fr or pt-br." });
  });

export const EditionFormSchema = z
  .object({
    language: EditionLanguageSchema,
    name: singleLine(
      z
        .string()
        .trim()
        .min(1, "Give the edition a name, as its readers write it: Français, العربية.")
        .max(EDITION_NAME_MAX, `Keep the name to ${EDITION_NAME_MAX} characters.`),
    ),
    path: EditionPathSchema,
    description: singleLine(
      z
        .string()
        .trim()
        .max(EDITION_DESCRIPTION_MAX, `Keep the tagline to ${EDITION_DESCRIPTION_MAX} characters.`),
    ).default(""),
    // "" is the form's "From the language": the direction is then the one the language's script takes.
    direction: z.preprocess((value) => (value === "" ? undefined : value), z.enum(EDITION_DIRECTIONS, { error: "Choose left to right or right to left." }).optional()),
  })
  .transform((input) => ({ ...input, direction: input.direction ?? proposedDirection(input.language) }));

export type EditionInput = z.output<typeof EditionFormSchema>;

/** The edition a form edits, or null for a new one (bound to the action). */
export const EditionIdOrNewSchema = z.tuple([RecordIdSchema.nullable()]);

/** "Make default" and "Delete": the edition, from a hidden field. */
export const EditionIdFormSchema = z.object({ id: RecordIdSchema });
