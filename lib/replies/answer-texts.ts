// The reply form's answers in a page's language, made on the server (components/replies/
// reply-form-text.tsx) from its messages, so that the form needs no message formatter in the browser
// (docs/decisions/056-the-article-page-without-a-message-formatter.md). The form reads them with
// `answerIn` (reader-messages.ts).
import { pluralForms } from "@/lib/i18n/plain-messages";
import { REPLY_ANSWERS, REPLY_ANSWER_VALUES, type ReplyAnswer, type ReplyAnswerTexts } from "./reader-messages";

/** Translates one key of "Replies.answers" with its numbers (next-intl's `t`, on the server or in a test). */
type Translate = (key: ReplyAnswer, values: Record<string, number>) => string;

export function replyAnswerTexts(locale: string, translate: Translate): ReplyAnswerTexts {
  const answers = Object.fromEntries(Object.keys(REPLY_ANSWERS).map((key) => [key, translate(key as ReplyAnswer, { ...REPLY_ANSWER_VALUES })])) as ReplyAnswerTexts["answers"];
  return { answers, rateLimited: pluralForms(locale, "seconds", (seconds) => translate("rateLimited", { seconds })) };
}
