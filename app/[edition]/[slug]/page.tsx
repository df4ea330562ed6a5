// The site's own pages at their own addresses (/about, /contact, …). Every other address of
// one segment that no route answers comes here too, so an old WordPress address of an imported post
// (/<post-name>) is redirected from here, as app/[edition]/wordpress does for the others.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { getTranslations } from "next-intl/server";
import { ReaderDateTime } from "@/components/ui/reader-date-time";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { getPublishedSitePage } from "@/lib/pages/queries";
import { PageSlugSchema } from "@/lib/pages/schemas";
import { shareMetadata } from "@/lib/seo/share-metadata";
import { findOldAddressTarget } from "@/lib/wordpress/old-addresses";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = renderOnFirstRequest;

async function pageFor(slug: string) {
  return PageSlugSchema.safeParse(slug).success ? getPublishedSitePage((await currentEdition()).id, slug) : null;
}

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(props: Props): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata(props));
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageFor((await params).slug);
  if (!page) return {};
  return { title: page.title, alternates: { canonical: `/${page.slug}` }, ...shareMetadata({ path: `/${page.slug}`, title: page.title }) };
}

export default async function SitePage({ params }: Props) {
  const { slug } = await params;
  const page = await pageFor(slug);
  if (!page) {
    const target = await findOldAddressTarget("post", slug, (await currentEdition()).path);
    if (target) permanentRedirect(target);
    notFound();
  }
  const t = await getTranslations("Article");
  return (
    <div className="container-page py-8 sm:py-12">
      <article className="mx-auto max-w-3xl">
        <h1 className="font-serif text-4xl leading-[1.1] font-bold tracking-tight text-balance sm:text-5xl">{page.title}</h1>
        <ArticleBody
          document={page.body}
          className="article-body prose prose-lg mt-8 max-w-none font-serif prose-headings:font-serif prose-a:text-accent prose-blockquote:border-accent"
        />
        <p className="mt-10 border-t border-rule pt-4 text-sm text-muted">
          {t.rich("lastUpdated", { date: () => <ReaderDateTime value={page.updatedAt} /> })}
        </p>
      </article>
    </div>
  );
}
