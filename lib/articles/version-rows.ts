// What every saved version of an article writes beside the article's row, the editor's save
// (./mutations.ts) and the import (./import.ts) alike: its topics, its bylines in order (the first is
// also Article.authorId) and its translators, the revision that keeps its text, and its audit event, all in the caller's
// transaction. A new rule for what goes with an article's version goes here, once. No "server-only":
// the command line imports articles.
import { serializeBody, type BodyDocument } from "@/lib/content/document";
import type { Prisma } from "@/lib/db";

export type ArticleVersionRows = {
  articleId: string;
  version: number;
  title: string;
  standfirst: string;
  body: BodyDocument;
  /** The bylines' author profiles, in order. */
  bylineIds: string[];
  /** Who translated it, in order ("Translated by …"); undefined keeps what the article has (an import). */
  translatorIds?: string[];
  tagIds: string[];
  /** Who wrote this version: a signed-in user, or null (an import from the command line). */
  editorId: string | null;
  /** The audit event's action ("article.publish", "article.import") and detail. */
  audit: { action: string; detail: string };
};

export async function writeArticleVersionRows(tx: Prisma.TransactionClient, rows: ArticleVersionRows): Promise<void> {
  const { articleId, version } = rows;
  await tx.articleTag.deleteMany({ where: { articleId } });
  await tx.articleTag.createMany({ data: [...new Set(rows.tagIds)].map((tagId) => ({ articleId, tagId })) });
  await tx.articleByline.deleteMany({ where: { articleId } });
  await tx.articleByline.createMany({ data: rows.bylineIds.map((authorId, position) => ({ articleId, authorId, position })) });
  if (rows.translatorIds) {
    await tx.articleTranslator.deleteMany({ where: { articleId } });
    await tx.articleTranslator.createMany({ data: rows.translatorIds.map((authorId, position) => ({ articleId, authorId, position })) });
  }
  await tx.articleRevision.create({
    data: { articleId, version, title: rows.title, standfirst: rows.standfirst, body: serializeBody(rows.body), editorId: rows.editorId },
    select: { id: true },
  });
  await tx.auditEvent.create({
    data: { actorId: rows.editorId, action: rows.audit.action, entityType: "article", entityId: articleId, detail: rows.audit.detail.slice(0, 500) },
    select: { id: true },
  });
}
