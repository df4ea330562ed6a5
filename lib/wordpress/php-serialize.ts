// A bounded reader of PHP's serialize() format, for what WordPress plugins keep in term descriptions
// (Polylang: a language's locale and direction, a translation group's posts; see
// ./import-editions.ts). Only what those hold is read: strings (with their length in UTF-8 bytes),
// integers, booleans, null and arrays whose keys are integers or strings. Anything else, objects
// (`O:`, `C:`) and references (`r:`, `R:`) above all, is refused, as is input over
// PHP_SERIALIZE_MAX_BYTES, nesting deeper than PHP_SERIALIZE_MAX_DEPTH, more than
// PHP_SERIALIZE_MAX_ENTRIES values, a length or count the input cannot hold, or anything after the
// value. It never throws: a file is imported whatever one of its descriptions says
// (docs/decisions/057-polylang-editions.md). Arrays come back as Maps, so a key such as "__proto__"
// is only a key.

export type PhpValue = string | number | boolean | null | PhpArray;
export type PhpArray = Map<string | number, PhpValue>;

export type PhpReadResult = { ok: true; value: PhpValue } | { ok: false; reason: string };

/** Largest input read, in bytes: a language's description is about 60, a group of 10 languages about 150. */
export const PHP_SERIALIZE_MAX_BYTES = 64 * 1024;
/** Arrays inside arrays: Polylang nests at most 2 (a group's "sync" list inside the group). */
export const PHP_SERIALIZE_MAX_DEPTH = 4;
/** Values in all, arrays included. */
export const PHP_SERIALIZE_MAX_ENTRIES = 4_096;

class Refused extends Error {}

const DIGITS = /^-?\d{1,19}$/;

/** `text` as PHP's unserialize() would read it, within the bounds above, or why not. */
export function readPhpSerialized(text: string): PhpReadResult {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length > PHP_SERIALIZE_MAX_BYTES) return { ok: false, reason: `longer than ${PHP_SERIALIZE_MAX_BYTES / 1024} KB (${Math.ceil(bytes.length / 1024)} KB)` };
  let at = 0;
  let entries = 0;

  const refuse = (why: string): never => {
    throw new Refused(`${why} (at byte ${at})`);
  };
  const expect = (char: string) => {
    if (at >= bytes.length) refuse(`cut short where “${char}” was expected`);
    if (bytes[at] !== char.charCodeAt(0)) refuse(`“${char}” expected, “${String.fromCharCode(bytes[at]!)}” found`);
    at++;
  };
  /** Bytes up to (not including) `end`, which is consumed; at most `max` of them. */
  const until = (end: string, max: number): string => {
    const stop = bytes.indexOf(end.charCodeAt(0), at);
    if (stop === -1 || stop - at > max) refuse(stop === -1 ? `cut short where “${end}” was expected` : "a number is too long");
    const token = bytes.toString("latin1", at, stop);
    at = stop + 1;
    return token;
  };
  const integer = (end: string): number => {
    const token = until(end, 20);
    if (!DIGITS.test(token)) refuse(`“${token.slice(0, 20)}” is not an integer`);
    const value = Number(token);
    if (!Number.isSafeInteger(value)) refuse(`the integer ${token} is out of range`);
    return value;
  };

  const value = (depth: number): PhpValue => {
    if (++entries > PHP_SERIALIZE_MAX_ENTRIES) refuse(`more than ${PHP_SERIALIZE_MAX_ENTRIES} values`);
    if (at >= bytes.length) refuse("cut short where a value was expected");
    const type = String.fromCharCode(bytes[at]!);
    at++;
    switch (type) {
      case "N":
        expect(";");
        return null;
      case "b": {
        expect(":");
        const flag = until(";", 1);
        if (flag !== "0" && flag !== "1") refuse("a boolean is neither 0 nor 1");
        return flag === "1";
      }
      case "i":
        expect(":");
        return integer(";");
      case "s": {
        expect(":");
        const length = integer(":");
        if (length < 0) refuse("a string has a negative length");
        expect('"');
        // A length the input cannot hold is refused before anything is read (a "lying" length).
        if (length > bytes.length - at - 2) refuse(`a string says it has ${length} bytes; ${Math.max(0, bytes.length - at)} are left`);
        const content = bytes.subarray(at, at + length);
        at += length;
        expect('"');
        expect(";");
        const decoded = new TextDecoder("utf-8", { fatal: false }).decode(content);
        return decoded;
      }
      case "a": {
        if (depth >= PHP_SERIALIZE_MAX_DEPTH) refuse(`arrays nested more than ${PHP_SERIALIZE_MAX_DEPTH} deep`);
        expect(":");
        const count = integer(":");
        // Each entry takes at least 6 bytes ("i:0;N;"): a count the rest cannot hold is refused at once.
        if (count < 0 || count * 6 > bytes.length - at) refuse(`an array says it has ${count} entries; the input cannot hold them`);
        expect("{");
        const array: PhpArray = new Map();
        for (let n = 0; n < count; n++) {
          if (at >= bytes.length) refuse("cut short where a key was expected");
          const keyType = String.fromCharCode(bytes[at]!);
          if (keyType !== "i" && keyType !== "s") refuse("an array key is neither an integer nor a string");
          const key = value(depth + 1);
          array.set(key as string | number, value(depth + 1));
        }
        expect("}");
        return array;
      }
      case "O":
      case "C":
        return refuse("PHP objects are not read");
      case "r":
      case "R":
        return refuse("PHP references are not read");
      default:
        return refuse(`“${type}” is not a value this reader takes (strings, integers, booleans, null, arrays)`);
    }
  };

  try {
    const result = value(0);
    if (at !== bytes.length) refuse("more after the value");
    return { ok: true, value: result };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    // Nothing above should throw anything else; if it does, the input is refused all the same.
    return { ok: false, reason: "unreadable" };
  }
}

/** Whether WordPress would try to unserialize this (its is_serialized(), loosely): "a:", "s:", "i:"… */
export function looksSerialized(text: string): boolean {
  return /^(?:[abisdOCrR]:|N;)/.test(text.trim());
}
