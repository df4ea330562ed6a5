// The reply form's answers in a page's language, made on the server (components/replies/
// reply-form-text.tsx) from its messages, so that the form needs no message formatter in the browser
// (docs/decisions/056-the-article-page-without-a-message-formatter.md). The form reads them with
// `answerIn` (reader-messages.ts).
import { REPLY_ANSWERS, REPLY_ANSWER_VALUES, SECONDS_SLOT, type ReplyAnswer, type ReplyAnswerTexts } from "./reader-messages";

/** Translates one key of "Replies.answers" with its numbers (next-intl's `t`, from the server or a test). */
type Translate = (key: ReplyAnswer, values: Record<string, number>) => string;

/** A number in `category` of the language's plurals (0–200 hold an example of each). */
function exampleOf(plurals: Intl.PluralRules, category: Intl.LDMLPluralRule): number | undefined {
  for (let n = 0; n <= 200; n++) if (plurals.select(n) === category) return n;
  return undefined;
}

export function replyAnswerTexts(locale: string, translate: Translate): ReplyAnswerTexts {
  const answers = Object.fromEntries(Object.keys(REPLY_ANSWERS).map((key) => [key, translate(key as ReplyAnswer, { ...REPLY_ANSWER_VALUES })])) as ReplyAnswerTexts["answers"];
  // The rate limit's sentence once per plural category, written for an example number whose place
  // is then marked; a category whose sentence has no number (Arabic's "two seconds") stays as it is.
  const plurals = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const rateLimited: ReplyAnswerTexts["rateLimited"] = {};
  for (const category of plurals.resolvedOptions().pluralCategories) {
    const seconds = exampleOf(plurals, category);
    if (seconds !== undefined) rateLimited[category] = translate("rateLimited", { seconds }).replace(number.format(seconds), SECONDS_SLOT);
  }
  return { locale, answers, rateLimited };
}
