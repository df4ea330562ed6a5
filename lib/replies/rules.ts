// The rules that decide what happens to a new reply, and why. Pure functions, unit-tested; every
// reason is stored with the reply and shown to moderators, so the queue explains itself.
import type { ReplyStatus } from "@/lib/db";
import type { ReplySettings } from "./schemas";
import { TOKEN_LIFETIME_SECONDS, TOKEN_MAX_USES } from "./token";

/**
 * Fewer seconds than this between the first keystroke and sending is faster than people type. Fast
 * alone is not spam (a reader may paste a comment written elsewhere): such a reply is held.
 */
export const MIN_SECONDS_TO_WRITE = 3;

export type HoldReason = { code: string; detail: string };

/**
 * How long the reply took to write, as far as the form's tokens tell (lib/replies/token.ts):
 * - `timed`: seconds since the first keystroke;
 * - `untimed`: sent from this article's page, but the time cannot be known: `no-script` (the page's
 *   token: JavaScript off, blocked, or not yet run), `stale` (the form was opened hours ago) or
 *   `worn-out` (its timing token already served a page view's share of replies);
 * - `missing`: no token, or a forged one: not sent from a page of this site.
 */
export type FormTiming = { kind: "timed"; seconds: number } | { kind: "untimed"; why: "no-script" | "stale" | "worn-out" } | { kind: "missing" };

const UNTIMED_CODE: Record<Extract<FormTiming, { kind: "untimed" }>["why"], string> = { "no-script": "untimed", stale: "token-stale", "worn-out": "token-worn-out" };

const UNTIMED_DETAIL: Record<Extract<FormTiming, { kind: "untimed" }>["why"], string> = {
  "no-script":
    "Sent without the page's script (JavaScript off or blocked, or the reader began before it had loaded), so the time taken to write it could not be measured.",
  stale: `Sent from a form first typed in more than ${TOKEN_LIFETIME_SECONDS / 3600} hours earlier, so the time taken to write it could not be measured.`,
  "worn-out": `The form's timing token had already served ${TOKEN_MAX_USES} replies, so the time taken to write this one could not be measured.`,
};

/** "0.4", "2.9", "12": seconds as a moderator reads them, never rounded up to the 3 s that count. */
export function formatSeconds(seconds: number): string {
  return seconds < 10 ? String(Math.floor(seconds * 10) / 10) : String(Math.floor(seconds));
}

export type ReplyCandidate = {
  name: string;
  email: string;
  website: string | null;
  body: string;
  honeypot: string;
  /** How long it took to write, as far as the form's tokens tell. */
  timing: FormTiming;
  /** Has this email address a reply that a moderator approved before? */
  knownCommenter: boolean;
};

/** Web addresses in the text: with a scheme (https://…) or starting with www. */
export function countLinks(text: string): number {
  return text.match(/(?:\bhttps?:\/\/|\bwww\.)[^\s<>]+/gi)?.length ?? 0;
}

/** The first listed word or phrase in the text (whole words, any case), or null. */
export function findListedWord(text: string, words: string[]): string | null {
  const haystack = text.toLowerCase();
  for (const word of words) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(haystack)) return word;
  }
  return null;
}

export function classifyReply(reply: ReplyCandidate, settings: ReplySettings): { status: ReplyStatus; reasons: HoldReason[] } {
  const everything = [reply.name, reply.email, reply.website ?? "", reply.body].join("\n");
  const spam: HoldReason[] = [];
  if (reply.honeypot.trim()) spam.push({ code: "honeypot", detail: "A hidden field that only robots see was filled in." });
  if (reply.timing.kind === "missing") {
    spam.push({ code: "no-token", detail: "The form's token was missing or forged: not sent from a page of this site." });
  }
  const blocked = findListedWord(everything, settings.blockWords);
  if (blocked) spam.push({ code: "block-list", detail: `Contains “${blocked}”, which is on the block list.` });
  if (spam.length) return { status: "SPAM", reasons: spam };

  // Held whoever sent it, known commenter or not: these are the replies a robot would send.
  const hold: HoldReason[] = [];
  if (reply.timing.kind === "timed" && reply.timing.seconds < MIN_SECONDS_TO_WRITE) {
    hold.push({
      code: "too-fast",
      detail: `Sent ${formatSeconds(reply.timing.seconds)} s after typing began; people usually take at least ${MIN_SECONDS_TO_WRITE} s, unless they paste a comment written elsewhere.`,
    });
  }
  if (reply.timing.kind === "untimed") hold.push({ code: UNTIMED_CODE[reply.timing.why], detail: UNTIMED_DETAIL[reply.timing.why] });
  if (settings.firstReplyApproval && !reply.knownCommenter) {
    hold.push({ code: "first-reply", detail: "First reply from this email address (no approved reply yet)." });
  }
  const links = countLinks(reply.body);
  if (links >= settings.linkThreshold) {
    hold.push({ code: "links", detail: `Contains ${links} links; replies with ${settings.linkThreshold} or more are held.` });
  }
  const held = findListedWord(everything, settings.holdWords);
  if (held) hold.push({ code: "hold-list", detail: `Contains “${held}”, which is on the hold list.` });
  return hold.length ? { status: "PENDING", reasons: hold } : { status: "APPROVED", reasons: [] };
}
