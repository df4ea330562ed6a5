// next-intl's request configuration (wired by its plugin in next.config.js): the language, time zone,
// named formats and messages of what readers see. It never reads headers() or cookies() (it does not
// touch `requestLocale`, which would), so reader pages stay static, cached pages.
// docs/decisions/048-reader-messages.md
import { getRequestConfig } from "next-intl/server";
import { env } from "@/lib/env";
import { DEFAULT_READER_LANGUAGE, READER_FORMATS, messagesLanguageFor } from "@/lib/i18n/locale";

export default getRequestConfig(async ({ locale }) => {
  // An explicit locale (a route handler's getTranslations({ locale })) wins. Otherwise the site's
  // language; the editions slice replaces this default with the language of `await edition()`.
  const language = locale ?? DEFAULT_READER_LANGUAGE;
  const file = messagesLanguageFor(language) ?? "en";
  return {
    locale: language,
    timeZone: env.SITE_TIME_ZONE,
    formats: READER_FORMATS,
    messages: (await import(`../messages/${file}.json`)).default,
  };
});
