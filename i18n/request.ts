// next-intl's request configuration (wired by its plugin in next.config.js): the language, time zone,
// named formats and messages of what readers see. It never reads headers() or cookies() (it does not
// touch `requestLocale`, which would), so reader pages stay static, cached pages.
// docs/decisions/048-reader-messages.md, docs/decisions/052-editions-routing.md
import { getRequestConfig } from "next-intl/server";
import { editionAt } from "@/lib/editions/current";
import { env } from "@/lib/env";
import { DEFAULT_READER_LANGUAGE, READER_FORMATS, messagesLanguageFor } from "@/lib/i18n/locale";
import { edition } from "next/root-params";

export default getRequestConfig(async ({ locale }) => {
  // An explicit locale (a route handler's getTranslations({ locale })) wins. Otherwise the language
  // of the edition whose tree is rendering (its path is the root param of app/[edition], read
  // without a header); outside that tree (app/global-not-found.tsx) the site's default language.
  const language = locale ?? (await readerLanguage());
  const file = messagesLanguageFor(language) ?? "en";
  return {
    locale: language,
    timeZone: env.SITE_TIME_ZONE,
    formats: READER_FORMATS,
    messages: (await import(`../messages/${file}.json`)).default,
  };
});

async function readerLanguage(): Promise<string> {
  const path = await edition();
  if (!path) return DEFAULT_READER_LANGUAGE;
  return (await editionAt(path)).language;
}
