import { db } from "@/lib/db";

/** The current slug of the article of an edition that used to live at `slug`, if any (for 301 redirects). */
export async function findSlugRedirect(editionId: string, slug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { editionId_fromSlug: { editionId, fromSlug: slug } },
    select: { article: { select: { slug: true } } },
  });
  return redirect?.article.slug ?? null;
}
