import { formatDate, formatDateTime } from "@/lib/format";

/** A machine-readable <time> with the date as readers see it. */
export function DateTime({ value, withTime = false }: { value: Date; withTime?: boolean }) {
  return <time dateTime={value.toISOString()}>{withTime ? formatDateTime(value) : formatDate(value)}</time>;
}
