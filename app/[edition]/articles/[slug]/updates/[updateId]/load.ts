import "server-only";
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { editionAt } from "@/lib/editions/current";
import { getLiveCoverageView } from "@/lib/live/queries";

/** One live update of a published article's coverage, with the article and whether it is still live (page and share card). */
export async function loadLiveUpdate(params: Promise<{ edition: string; slug: string; updateId: string }>) {
  const { edition: path, slug, updateId } = await params;
  const article = await getPublishedArticleBySlug((await editionAt(path)).id, slug);
  const live = article && (await getLiveCoverageView(article.id));
  const update = live?.updates.find((item) => item.id === updateId);
  return article && live && update ? { article, update, isLive: live.endedAt === null } : null;
}
