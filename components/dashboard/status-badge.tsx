import { isPublished, type ArticleStatus } from "@/lib/articles/visibility";

/** An article's status as staff think of it: a scheduled article whose time has passed is published. */
export function articleStatusLabel(status: ArticleStatus, publishedAt: Date | null, now = new Date()): string {
  if (isPublished({ status, publishedAt }, now)) return "Published";
  return { DRAFT: "Draft", IN_REVIEW: "In review", SCHEDULED: "Scheduled", PUBLISHED: "Scheduled", ARCHIVED: "Archived" }[status];
}

const COLOURS: Record<string, string> = {
  Draft: "bg-neutral-200 text-ink",
  "In review": "bg-amber-100 text-amber-900",
  Scheduled: "bg-sky-100 text-sky-900",
  Published: "bg-green-100 text-green-900",
  Archived: "bg-neutral-100 text-muted",
};

export function StatusBadge({ status, publishedAt }: { status: ArticleStatus; publishedAt: Date | null }) {
  const label = articleStatusLabel(status, publishedAt);
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${COLOURS[label]}`}>{label}</span>;
}

/** A translation whose source changed after it last caught up (docs/decisions/055-translations.md). */
export function SourceUpdatedBadge() {
  return <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Source updated</span>;
}
