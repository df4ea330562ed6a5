// The reader pages a write of one of the site's own pages changes: its address (and the one it had,
// when the address changed) and the menus, which may link to it. One list for the dashboard's save
// (./mutations.ts) and the import (./import.ts). No "server-only": the command line imports pages.
import { menuTags, sitePageTags } from "@/lib/cache/tags";

export function sitePageWriteTags(slug: string, previousSlug?: string | null): string[] {
  return [sitePageTags.page(slug), ...(previousSlug && previousSlug !== slug ? [sitePageTags.page(previousSlug)] : []), menuTags.menus()];
}
