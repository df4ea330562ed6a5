import { db } from "@/lib/db";

/** The current slug of the article that used to live at `slug`, if any (for 301 redirects). */
export async function findSlugRedirect(slug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { fromSlug: slug },
    select: { article: { select: { slug: true } } },
  });
  return redirect?.article.slug ?? null;
}
