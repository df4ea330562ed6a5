import "server-only";
// Corrections and updates for readers (/corrections, its feed, the sitemap) and for the newsroom.
import { RecordIdSchema } from "@/lib/actions/schemas";
import { publishedWhere } from "@/lib/articles/visibility";
import { requirePermission } from "@/lib/auth/session";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import { pageInfo, pageWindow, type PageInfo } from "@/lib/content/pagination";
import { isCorrectionKind, type CorrectionKind } from "@/lib/corrections/schemas";
import { db, type Prisma } from "@/lib/db";

export const CORRECTIONS_PAGE_SIZE = 20;
export const CORRECTIONS_FEED_SIZE = 30;

export type PublicCorrection = { id: string; kind: CorrectionKind; text: string; createdAt: Date; article: { slug: string; title: string } };

const publicSelect = { id: true, kind: true, text: true, createdAt: true, article: { select: { slug: true, title: true } } } satisfies Prisma.ArticleCorrectionSelect;
const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleCorrectionOrderByWithRelationInput[];

function toPublic(row: Prisma.ArticleCorrectionGetPayload<{ select: typeof publicSelect }>): PublicCorrection {
  return { ...row, kind: isCorrectionKind(row.kind) ? row.kind : "correction" };
}

// A note is public while its article is: publishing, unpublishing and archiving expire `articles`.
const correctionTags = () => [cacheTags.corrections(), cacheTags.articleLists()];

export const listPublicCorrections = readerQuery(
  "corrections",
  async (editionId: string, page: number): Promise<{ corrections: PublicCorrection[]; page: PageInfo }> => {
    const where = { article: { AND: [publishedWhere(), { editionId }] } };
    const window = pageWindow(page, CORRECTIONS_PAGE_SIZE);
    const [rows, total] = await Promise.all([
      db.articleCorrection.findMany({ where, select: publicSelect, orderBy: newestFirst, skip: window.skip, take: window.take }),
      db.articleCorrection.count({ where }),
    ]);
    return { corrections: rows.map(toPublic), page: pageInfo(window, total) };
  },
  correctionTags,
);

export const listCorrectionsForFeed = readerQuery(
  "corrections:feed",
  async (editionId: string): Promise<PublicCorrection[]> =>
    (await db.articleCorrection.findMany({ where: { article: { AND: [publishedWhere(), { editionId }] } }, select: publicSelect, orderBy: newestFirst, take: CORRECTIONS_FEED_SIZE })).map(toPublic),
  correctionTags,
);

/** The newest public note's date, for the sitemap (null: none yet, so no page to list). */
export type EditorCorrection = { id: string; kind: CorrectionKind; text: string; createdAt: Date; createdBy: string | null };

/** An article's notes for the editor and the revisions page (the page has checked access to the article). */
export async function listArticleCorrections(articleId: string): Promise<EditorCorrection[]> {
  await requirePermission("article:create");
  if (!RecordIdSchema.safeParse(articleId).success) return [];
  const rows = await db.articleCorrection.findMany({
    where: { articleId },
    select: { id: true, kind: true, text: true, createdAt: true, createdBy: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ id: row.id, kind: isCorrectionKind(row.kind) ? row.kind : "correction", text: row.text, createdAt: row.createdAt, createdBy: row.createdBy?.name ?? null }));
}
