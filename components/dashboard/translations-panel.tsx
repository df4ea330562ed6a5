"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { idleState } from "@/lib/actions/state";
import { addTranslationAction } from "@/lib/articles/actions";
import type { ArticleTranslations } from "@/lib/articles/dashboard-queries";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

/**
 * The story's versions in the other editions, and "Add translation": a draft in the chosen edition,
 * prefilled from this version, which the editor then opens (docs/decisions/055-translations.md).
 */
export function TranslationsPanel({ articleId, translations }: { articleId: string; translations: ArticleTranslations }) {
  const [state, action] = useActionState(addTranslationAction.bind(null, articleId), idleState);
  const id = useId();
  const { versions, addable } = translations;
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
        <table className="w-full text-left text-sm">
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
      {addable.length > 0 ? (
        <form action={action} noValidate aria-label="Add translation" className="flex flex-wrap items-end gap-3">
          <div className="basis-full">
            <FormMessage state={state} />
          </div>
          <Field name="editionId" label="Edition" state={state} defaultValue={addable[0]!.id} hint="A draft in this edition, prefilled from this version. Sections and tags are chosen in that edition.">
            {(control) => (
              <select {...control}>
                {addable.map((edition) => (
                  <option key={edition.id} value={edition.id}>
                    {edition.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SubmitButton variant="secondary">Add translation</SubmitButton>
        </form>
      ) : (
        <p className="text-sm">This story has a version in every edition.</p>
      )}
    </section>
  );
}
