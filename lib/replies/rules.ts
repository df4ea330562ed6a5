// The rules that decide what happens to a new reply, and why. Pure functions, unit-tested; every
// reason is stored with the reply and shown to moderators, so the queue explains itself.
import type { ReplyStatus } from "@/lib/db";
import type { ReplySettings } from "./schemas";

/** Fewer seconds than this between opening the form and sending it is a robot. */
export const MIN_SECONDS_TO_WRITE = 3;

export type HoldReason = { code: string; detail: string };

export type ReplyCandidate = {
  name: string;
  email: string;
  website: string | null;
  body: string;
  honeypot: string;
  /** Seconds since the form's timing token was issued, or null when it was missing or forged. */
  secondsSinceFormOpened: number | null;
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
  if (reply.secondsSinceFormOpened === null) {
    spam.push({ code: "no-token", detail: "The form's timing token was missing, forged, expired or used too many times: not sent from a page a person opened." });
  } else if (reply.secondsSinceFormOpened < MIN_SECONDS_TO_WRITE) {
    spam.push({
      code: "too-fast",
      detail: `Sent ${reply.secondsSinceFormOpened.toFixed(1)} s after the form was first used (people take at least ${MIN_SECONDS_TO_WRITE} s).`,
    });
  }
  const blocked = findListedWord(everything, settings.blockWords);
  if (blocked) spam.push({ code: "block-list", detail: `Contains “${blocked}”, which is on the block list.` });
  if (spam.length) return { status: "SPAM", reasons: spam };

  const hold: HoldReason[] = [];
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
