// next-intl checks every t("key") against English, the messages file all others follow.
import type en from "@/messages/en.json";
import type { READER_FORMATS } from "@/lib/i18n/locale";

declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
    Formats: typeof READER_FORMATS;
  }
}
