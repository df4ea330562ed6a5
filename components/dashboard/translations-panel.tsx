import Link from "next/link";
import type { ArticleTranslations } from "@/lib/articles/dashboard-queries";
import { AddTranslationForm } from "@/components/dashboard/add-translation-form";
import { StatusBadge } from "@/components/dashboard/status-badge";

/**
 * The story's versions in the other editions, and "Add translation": a draft in the chosen edition,
 * prefilled from this version, which the editor then opens (docs/decisions/055-translations.md).
 */
export function TranslationsPanel({ articleId, translations }: { articleId: string; translations: ArticleTranslations }) {
  const { versions, addable } = translations;
  const id = `translations-${articleId}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 max-w-3xl space-y-4 rounded border border-rule p-4">
      <h2 id={`${id}-heading`} className="section-title">
        Translations
      </h2>
      <p className="text-sm text-muted">
        This version is in the {translations.edition} edition. Each translation is an article of its own edition, with its own title, address, bylines and
        publication.
      </p>
      {versions.length > 0 ? (
        <table className="w-full text-start text-sm">
          <caption className="sr-only">This story in other editions</caption>
          <thead>
            <tr className="border-b border-rule">
              <th scope="col" className="py-1 pe-3">
                Edition
              </th>
              <th scope="col" className="py-1 pe-3">
                Title
              </th>
              <th scope="col" className="py-1">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id} className="border-b border-rule last:border-0">
                <td className="py-1 pe-3">{version.edition}</td>
                <td className="py-1 pe-3">
                  <Link href={`/dashboard/articles/${version.id}/edit`} className="underline hover:text-accent">
                    {version.title}
                  </Link>
                </td>
                <td className="py-1">
                  <StatusBadge status={version.status} publishedAt={version.publishedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm">No translations yet.</p>
      )}
      {addable.length > 0 ? <AddTranslationForm articleId={articleId} editions={addable} /> : <p className="text-sm">This story has a version in every edition.</p>}
    </section>
  );
}
