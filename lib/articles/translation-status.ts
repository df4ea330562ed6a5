// "Source updated": a translation whose source changed (title, standfirst, body or hero image) after
// the translation last caught up with it. Computed wherever the dashboard shows it, never stored, so
// it cannot go stale (docs/decisions/055-translations.md). Pure: the dashboard's queries and the
// unit tests use it alike.

export type TranslationFreshness = {
  /** When the translation last caught up with its source (made from it, or "Mark as up to date"). */
  sourceSeenAt: Date | null;
  /** The source's last change of content; the source is null for a first version, or once it is deleted. */
  translationSource: { contentChangedAt: Date | null } | null;
};

export function isSourceUpdated({ sourceSeenAt, translationSource }: TranslationFreshness): boolean {
  const changed = translationSource?.contentChangedAt;
  if (!changed) return false;
  return !sourceSeenAt || changed.getTime() > sourceSeenAt.getTime();
}

/** Select this (Prisma) to call isSourceUpdated. */
export const translationFreshnessSelect = {
  sourceSeenAt: true,
  translationSource: { select: { contentChangedAt: true } },
} as const;
