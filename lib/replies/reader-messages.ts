// Every sentence a reader can get back from the reply form, in one place. The shared zod schema
// (schemas.ts), the mutation (mutations.ts) and the action (actions.ts) write these English
// sentences, which the reply API returns as they are; the reply form shows each through the page's
// messages (messages/<language>.json, namespace "Replies.answers", same keys), with the numbers
// below. A sentence not listed here is shown as written. Plain strings and numbers only: the form
// brings this module to the browser. docs/decisions/048-reader-messages.md
import { REPLY_BODY_MAX, REPLY_NAME_MAX } from "./limits";
import { MAX_THREAD_DEPTH as MAX_DEPTH } from "./thread";
import { pluralIn, type PluralForms } from "@/lib/i18n/plain-messages";

export const REPLY_ANSWERS = {
  invalidForm: "Please correct the fields marked below.",
  nameRequired: "Enter your name.",
  nameTooLong: `Keep your name under ${REPLY_NAME_MAX} characters.`,
  nameUnstorable: "Remove the invisible control characters or broken symbols from your name.",
  nameOneLine: "Keep your name on one line.",
  emailRequired: "Enter your email address. It will not be published.",
  emailTooLong: "That email address is too long.",
  emailInvalid: "Enter an email address like name@example.com.",
  websiteTooLong: "Keep the address under 200 characters.",
  websiteInvalid: "Enter a full web address starting with https://, or leave it empty.",
  bodyRequired: "Write your comment.",
  bodyTooLong: `Keep your comment under ${REPLY_BODY_MAX.toLocaleString("en-GB")} characters.`,
  bodyUnstorable: "Your comment contains invisible control characters or broken symbols: remove them and post again.",
  notFound: "This article is not available.",
  closed: "Comments are closed.",
  staffName: "This name belongs to a member of our staff. Choose another name, or sign in to reply as them.",
  parentGone: "The reply you are answering is no longer there.",
  tooDeep: `Threads go ${MAX_DEPTH} levels deep; answer higher up instead.`,
  duplicate: "You have already posted this comment. It will not be posted twice.",
  published: "Your comment has been published.",
  held: "Your comment is awaiting moderation.",
} as const;

export type ReplyAnswer = keyof typeof REPLY_ANSWERS | "rateLimited";

/** The numbers the messages files' sentences take ({max}, {depth}, {seconds}). */
export const REPLY_ANSWER_VALUES = { nameMax: REPLY_NAME_MAX, bodyMax: REPLY_BODY_MAX, depth: MAX_DEPTH } as const;

/** "You are posting too quickly. Please wait 1 second …": the one sentence with a number in it. */
export function rateLimitedAnswer(seconds: number): string {
  return `You are posting too quickly. Please wait ${seconds.toLocaleString("en-GB")} ${seconds === 1 ? "second" : "seconds"} and post again; your comment is still here.`;
}

const byText = new Map<string, ReplyAnswer>(Object.entries(REPLY_ANSWERS).map(([key, text]) => [text, key as ReplyAnswer]));
const RATE_LIMITED = /^You are posting too quickly\. Please wait ([\d,]+) seconds? and post again; your comment is still here\.$/;

/** Which answer an English sentence is, and its number of seconds when it has one; null when it is none of them. */
export function replyAnswerOf(text: string): { key: ReplyAnswer; seconds?: number } | null {
  const key = byText.get(text);
  if (key) return { key };
  const wait = RATE_LIMITED.exec(text);
  return wait ? { key: "rateLimited", seconds: Number(wait[1]!.replaceAll(",", "")) } : null;
}

/**
 * The reply form's answers in the page's language, made on the server from its messages
 * (lib/replies/answer-texts.ts) and handed to the form as plain strings, so that no message formatter
 * travels to the browser: every answer with its numbers filled in, and the rate limit's sentence once
 * per plural category of the language (lib/i18n/plain-messages.ts).
 */
export type ReplyAnswerTexts = {
  answers: Record<Exclude<ReplyAnswer, "rateLimited">, string>;
  rateLimited: PluralForms;
};

/** The action's English sentence in the page's language (`texts`), or as written when it is none of the answers. */
export function answerIn(texts: ReplyAnswerTexts, text: string): string {
  const found = replyAnswerOf(text);
  if (!found) return text;
  if (found.key !== "rateLimited") return texts.answers[found.key];
  return pluralIn(texts.rateLimited, "seconds", found.seconds ?? 0) || text;
}
