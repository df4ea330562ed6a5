import type { ArticlePage } from "@/lib/articles/queries";
import { getTranslations } from "next-intl/server";
import { ArticleList } from "./article-list";

/** A category or tag archive: its name, description and paginated stories. */
export async function ArchiveView({
  kind,
  name,
  description,
  basePath,
  result,
}: {
  kind: "Section" | "Topic";
  name: string;
  description?: string;
  basePath: string;
  result: ArticlePage;
}) {
  const t = await getTranslations("Archive");
  return (
    <div className="container-page py-8 sm:py-12">
      <header className="border-b border-rule pb-6">
        <p className="text-sm font-semibold tracking-wider text-accent uppercase">{t(kind === "Section" ? "section" : "topic")}</p>
        <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight">{name}</h1>
        {description && <p className="mt-3 max-w-3xl text-lg text-muted">{description}</p>}
      </header>
      <ArticleList result={result} basePath={basePath} label={t("articlesIn", { name })} pictures />
    </div>
  );
}
