import { db } from "@/lib/db";
import { readerEditionId } from "@/lib/editions/owner";

/** The current slug of the article that used to live at `slug`, if any (for 301 redirects). */
export async function findSlugRedirect(slug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { editionId_fromSlug: { editionId: await readerEditionId(), fromSlug: slug } },
    select: { article: { select: { slug: true } } },
  });
  return redirect?.article.slug ?? null;
}
