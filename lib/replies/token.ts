// The reply form's tokens, signed with the site's secret so they cannot be forged. Two kinds:
// - the timing token, `<articleId>.<issuedAt>.<signature>`: asked for by the form's script when a
//   reader starts typing, it tells how long the reply took to write;
// - the page token, `<articleId>.page.<signature>`: written into the article page's HTML, so the
//   form works before its script has run and without JavaScript. The page is cached and shared by
//   every reader, so this token is the same for everyone and can time nothing; it only says the reply
//   was sent from this article's page. Such a reply is held for a moderator, with that reason.
// docs/decisions/009-replies-and-moderation.md, 016-hostile-input-and-replies.md, 029-replies-without-javascript.md
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secrets";

const PAGE = "page";

function sign(payload: string): string {
  return createHmac("sha256", authSecret()).update(`reply-token:${payload}`).digest("base64url");
}

function signedBy(payload: string, signature: string): boolean {
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function issueReplyToken(articleId: string, now = Date.now()): string {
  const payload = `${articleId}.${now}`;
  return `${payload}.${sign(payload)}`;
}

/** The token in the article page's HTML: the same for every reader and every render of the page. */
export function replyPageToken(articleId: string): string {
  const payload = `${articleId}.${PAGE}`;
  return `${payload}.${sign(payload)}`;
}

/**
 * What a token says about the reply it came with:
 * - `timed`: a timing token, `seconds` since the form was first typed in;
 * - `page`: the page token (sent before the script ran, or without it);
 * - `stale`: a genuine timing token, older than its lifetime;
 * - `missing`: no token, a forged one, or one for another article: not sent from this article's page.
 */
export type TokenReading = { kind: "timed"; seconds: number } | { kind: "page" } | { kind: "stale" } | { kind: "missing" };

export function readReplyToken(token: string, articleId: string, now = Date.now()): TokenReading {
  const parts = token.split(".");
  if (parts.length !== 3) return { kind: "missing" };
  const [id, issued, signature] = parts as [string, string, string];
  if (id !== articleId || !signedBy(`${id}.${issued}`, signature)) return { kind: "missing" };
  if (issued === PAGE) return { kind: "page" };
  const seconds = (now - Number(issued)) / 1000;
  if (!Number.isFinite(seconds) || seconds < 0) return { kind: "missing" };
  // An old form can time nothing: a replayed token should not count as a person's pace forever.
  return seconds < TOKEN_LIFETIME_SECONDS ? { kind: "timed", seconds } : { kind: "stale" };
}

/** Long enough to write a long reply after the first keystroke; a token is also limited in uses. */
export const TOKEN_LIFETIME_SECONDS = 6 * 60 * 60;
/** One page view may post a few replies (answers in a thread); a robot replaying one token may not. */
export const TOKEN_MAX_USES = 5;

/** A short, stable name for a token, to count its uses without storing it. */
export function tokenUseKey(token: string): string {
  return createHash("sha256").update(`reply-token-use:${token}`).digest("base64url").slice(0, 32);
}

/** A salted hash of the sender's address: enough to rate-limit and spot patterns, not to identify. */
export function hashIp(ip: string): string {
  return createHash("sha256").update(`ip:${authSecret()}:${ip}`).digest("base64url").slice(0, 32);
}
