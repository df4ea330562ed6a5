import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { listSitemapEntries } from "@/lib/seo/sitemap";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (path: string) => new URL(path, env.SITE_URL).toString();
  const { articles, authors, categories, tags } = await listSitemapEntries();
  const latest = articles[0]?.publishedAt ?? undefined;
  return [
    { url: url("/"), lastModified: latest, changeFrequency: "hourly", priority: 1 },
    ...articles.map((article) => ({
      url: url(`/articles/${article.slug}`),
      lastModified: article.updatedAt > article.publishedAt! ? article.updatedAt : article.publishedAt!,
    })),
    ...authors.map((author) => ({ url: url(`/authors/${author.handle}`) })),
    ...categories.map((category) => ({ url: url(`/category/${category.slug}`) })),
    ...tags.map((tag) => ({ url: url(`/tag/${tag.slug}`) })),
  ];
}
