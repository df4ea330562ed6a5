// How the throttled forms (sign-in, password reset, sign-in links, newsletter sign-up) say how long
// to wait: whole minutes, rounded up, never "0 minutes", in the site's plural.
import { pluralize } from "@/lib/format-core";

/** "1 minute", "15 minutes": `ms` rounded up to whole minutes, at least one. */
export function waitInMinutes(ms: number): string {
  return pluralize(Math.max(1, Math.ceil(ms / 60_000)), "minute");
}
