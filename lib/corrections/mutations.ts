import "server-only";
// Corrections and updates: dated notes an editor adds to a published article. They are public with
// the article, listed on /corrections and in its feed, and kept in the article's audit trail.
import type { Refusal } from "@/lib/actions/state";
import { tagSourceSelect, toTagSource } from "@/lib/articles/tag-source";
import { isPublished } from "@/lib/articles/visibility";
import type { SessionUser } from "@/lib/auth/session";
import { articleCacheTags, cacheTags, expireTags } from "@/lib/cache/tags";
import type { CorrectionInput } from "@/lib/corrections/schemas";
import { db } from "@/lib/db";

export async function addCorrection(user: SessionUser, articleId: string, input: CorrectionInput): Promise<{ ok: true; tags: string[] } | Refusal> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { ...tagSourceSelect, id: true, status: true, publishedAt: true } });
  if (!article) return { ok: false, message: "This article no longer exists." };
  if (!isPublished(article)) {
    return { ok: false, message: "Corrections and updates are for published articles; change a draft or a scheduled article itself." };
  }
  await db.$transaction(async (tx) => {
    const note = await tx.articleCorrection.create({ data: { articleId, kind: input.kind, text: input.text, createdById: user.id }, select: { id: true, createdAt: true } });
    // A note changes what readers see: the article's "Updated …" line, dateModified, modified_time,
    // sitemaps and feeds all follow editedAt (lib/articles/last-modified.ts), so the note sets it.
    await tx.article.update({ where: { id: articleId }, data: { editedAt: note.createdAt }, select: { id: true } });
    await tx.auditEvent.create({
      data: { actorId: user.id, action: `article.${input.kind}`, entityType: "article", entityId: articleId, detail: `${note.id}: ${input.text.slice(0, 500)}` },
    });
  });
  const tags = [...articleCacheTags(toTagSource(article)), cacheTags.corrections()];
  // The article page and the corrections page and feed show it at once.
  expireTags(tags);
  return { ok: true, tags };
}
