// Live coverage's words in the page's language, made on the server from the messages (namespace
// "Live") and handed to the live updates as props: plain strings, sentences with a slot for what only
// the browser knows (`{headline}`, `{time}`), and the counted sentences once per plural category. The
// live updates then need no message formatter in the browser, and neither does any article page
// (docs/decisions/056-the-article-page-without-a-message-formatter.md).
import { getLocale, getTranslations } from "next-intl/server";
import { pluralForms, type PluralForms } from "@/lib/i18n/plain-messages";

export type LiveText = {
  /** The page's language, for the times (the browser's Intl, as next-intl's formatter does it). */
  locale: string;
  live: string;
  ended: string;
  heading: string;
  endedHeading: string;
  /** "at <time></time>": the tag is where the end's date and time go. */
  endedAt: string;
  noScript: string;
  pinned: string;
  keyEvents: string;
  oldestFirst: string;
  feed: string;
  newAbove: PluralForms;
  newOne: string;
  newOneHeadline: string;
  newMany: PluralForms;
  waiting: PluralForms;
  none: string;
  updates: string;
  updateAt: string;
  link: string;
  keyEvent: string;
  updatedAt: string;
  corrected: string;
};

export async function liveText(): Promise<LiveText> {
  const [t, locale] = await Promise.all([getTranslations("Live"), getLocale()]);
  return {
    locale,
    live: t("live"),
    ended: t("ended"),
    heading: t("heading"),
    endedHeading: t("endedHeading"),
    endedAt: t.markup("endedAt", { time: () => "<time></time>" }),
    noScript: t("noScript"),
    pinned: t("pinned"),
    keyEvents: t("keyEvents"),
    oldestFirst: t("oldestFirst"),
    feed: t("feed"),
    newAbove: pluralForms(locale, "count", (count) => t("newAbove", { count })),
    newOne: t("newOne"),
    newOneHeadline: t("newOneHeadline", { headline: "{headline}" }),
    newMany: pluralForms(locale, "count", (count) => t("newMany", { count })),
    waiting: pluralForms(locale, "count", (count) => t("waiting", { count })),
    none: t("none"),
    updates: t("updates"),
    updateAt: t("updateAt", { time: "{time}" }),
    link: t("link"),
    keyEvent: t("keyEvent"),
    updatedAt: t("updatedAt", { time: "{time}" }),
    corrected: t("corrected"),
  };
}
