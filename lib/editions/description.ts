// An edition's tagline: the words under the site's name in its masthead, in its share image, its
// feeds and its pages' descriptions. Set per edition in Settings → Editions, in the edition's
// language; an edition without one says the site's SITE_DESCRIPTION. No database: the edition row
// carries it.
import { env } from "@/lib/env";

export function editionDescription(edition: { description?: string }): string {
  return edition.description || env.SITE_DESCRIPTION;
}
