// Text that every database stores and every reader sees as it was typed. PostgreSQL refuses a NUL
// byte in text, and a lone UTF-16 surrogate cannot be encoded as UTF-8: either made a reply fail with
// a 500 on PostgreSQL while SQLite kept it. Bidirectional controls in a name can make "Elena Editor"
// of something else, or reverse the line it sits in. So: names lose bidi controls, and text with
// control characters or broken characters is refused with a sentence, the same on both databases.
import { z } from "zod";

/** What a field with such characters says, unless it names itself ("your name", "the tags"). */
export const UNSTORABLE_MESSAGE = "Remove the invisible control characters or broken symbols from this text.";

/** Bidirectional formatting characters (embeddings, overrides, isolates, marks). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 control characters other than tab, line feed and carriage return. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters that draw nothing (zero-width spaces, joiners, soft hyphens, fillers, tags, bidi). */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/** A name as people read it: compatibility forms folded, case and spacing ignored, invisible characters gone. */
export function comparableName(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

export function hasUnstorableCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text) || LONE_SURROGATE.test(text);
}

/**
 * A person's name as people read it: bidirectional controls removed, trimmed, within `max`, and
 * nothing that cannot be stored. Shared by readers' names, staff names and bylines.
 */
export function personName(max: number, messages: { empty: string; tooLong: string; unstorable: string }) {
  return storable(z.string().transform(stripBidiControls).pipe(z.string().trim().min(1, messages.empty).max(max, messages.tooLong)), messages.unstorable);
}

/** A schema's string that refuses what cannot be stored, with a sentence saying what to do. */
export function storable<S extends z.ZodType<string, string>>(schema: S, message = UNSTORABLE_MESSAGE) {
  return schema.refine((text) => !hasUnstorableCharacters(text), message);
}
