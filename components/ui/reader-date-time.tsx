import { getFormatter } from "next-intl/server";

/**
 * A machine-readable <time> with the date as readers of this page's language read it (next-intl's
 * named formats, lib/i18n/locale.ts). Dashboard screens keep components/ui/date-time.tsx: English.
 */
export async function ReaderDateTime({ value, withTime = false }: { value: Date; withTime?: boolean }) {
  const format = await getFormatter();
  return <time dateTime={value.toISOString()}>{format.dateTime(value, withTime ? "dateTime" : "date")}</time>;
}
