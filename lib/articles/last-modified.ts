// When an article last changed, as readers and machines are told: the "Updated …" line, OpenGraph's
// modified time, JSON-LD's dateModified, feed entries and sitemaps all come from here.
//
// `editedAt` is the editorial date: it is set when the content of an article that readers can already
// see is saved again (lib/articles/mutations.ts) and when a correction or update is added to it
// (lib/corrections/mutations.ts). `updatedAt` is not used: it changes on any write to
// the row (a status change, a category merge, a save before publication), and a backdated or scheduled
// article would look edited when it went live.

type Dated = { publishedAt: Date; editedAt: Date | null };

/** The last edit after publication, which readers see as "Updated …", or null if there is none. */
export function articleEditedAt(article: Dated): Date | null {
  // An edit before the publish time (an article rescheduled after an edit) is not an update.
  return article.editedAt && article.editedAt > article.publishedAt ? article.editedAt : null;
}

/** The article's last change: its last edit after publication, or else its publication. */
export function articleLastModified(article: Dated): Date {
  return articleEditedAt(article) ?? article.publishedAt;
}
