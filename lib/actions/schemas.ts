// Argument schemas shared by many actions.
import { z } from "zod";
import { UNSTORABLE_MESSAGE, hasUnstorableCharacters } from "@/lib/content/storable-text";

/** A record's id as the database makes them (cuid): anything else is refused before a query. */
export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown record.");

/** The article an editor form is bound to, or null for a new one. */
export const ArticleIdOrNewSchema = RecordIdSchema.nullable();

/** Line breaks and tabs: CR, LF, vertical tab, form feed, NEL and the Unicode line and paragraph separators. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/;

/** What a single-line field with a line break says, unless the field names itself. */
export const SINGLE_LINE_MESSAGE = "Keep this on one line: remove the line breaks and tabs.";

export function hasLineBreaks(text: string): boolean {
  return LINE_BREAKS.test(text);
}

/**
 * The rule of every single-line field (titles, names, bylines, alt text, credits, SEO fields): no line
 * break or tab, and nothing a database cannot store (lib/content/storable-text.ts). A CR/LF in a title
 * ends up in an HTML <title>, a feed's <title>, an email subject or a log line. Wrap the field's own
 * schema, after its trim, so a pasted trailing newline is trimmed rather than refused; null passes
 * (an optional field left empty). The WordPress import folds its single-line fields onto one line, then checks them with the same helper (htmlToSingleLine in lib/wordpress/html-to-document/index.ts).
 */
export function singleLine<S extends z.ZodType<string | null>>(schema: S, message: string = SINGLE_LINE_MESSAGE) {
  return schema.superRefine((value, ctx) => {
    if (value === null) return;
    if (hasLineBreaks(value)) ctx.addIssue({ code: "custom", message });
    else if (hasUnstorableCharacters(value)) ctx.addIssue({ code: "custom", message: UNSTORABLE_MESSAGE });
  });
}
