// The reply form's words in the page's language, made on the server from the messages (namespace
// "Replies.form" and "Replies.answers") and handed to the form as props: plain strings, and one
// sentence with its marks already rendered. The form then needs no message formatter in the browser:
// next-intl's client provider and formatter (about 41 KB) stay off the article page, which every
// reader opens on a phone (docs/decisions/056-the-article-page-without-a-message-formatter.md).
import { getLocale, getTranslations } from "next-intl/server";
import { replyAnswerTexts } from "@/lib/replies/answer-texts";
import type { ReplyAnswerTexts } from "@/lib/replies/reader-messages";

export type ReplyFormText = {
  heading: string;
  cancel: string;
  name: string;
  email: string;
  website: string;
  comment: string;
  submit: string;
  notify: string;
  notifyHint: string;
  yours: string;
  yoursLabel: string;
  awaiting: string;
  /** "Your email address will not be published. Required fields are marked *", its marks rendered. */
  required: React.ReactNode;
  /** "Reply to <bdi>{name}</bdi>": the name a reader chose is filled in by the form (`replyToHeading`). */
  replyTo: string;
  answers: ReplyAnswerTexts;
};

export async function replyFormText(): Promise<ReplyFormText> {
  const [t, tAnswers, locale] = await Promise.all([getTranslations("Replies.form"), getTranslations("Replies.answers"), getLocale()]);
  return {
    heading: t("heading"),
    cancel: t("cancel"),
    name: t("name"),
    email: t("email"),
    website: t("website"),
    comment: t("comment"),
    submit: t("submit"),
    notify: t("notify"),
    notifyHint: t("notifyHint"),
    yours: t("yours"),
    yoursLabel: t("yoursLabel"),
    awaiting: t("awaiting"),
    required: t.rich("required", { star: () => <span aria-hidden="true">*</span>, hidden: (chunks) => <span className="sr-only">{chunks}</span> }),
    replyTo: t.markup("replyTo", { name: "{name}", bdi: (chunks) => `<bdi>${chunks}</bdi>` }),
    answers: replyAnswerTexts(locale, (key, values) => tAnswers(key, values as never)),
  };
}
