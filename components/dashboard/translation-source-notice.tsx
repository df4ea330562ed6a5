"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { markTranslationUpToDateAction } from "@/lib/articles/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";

type Props = {
  articleId: string;
  source: { id: string; title: string; edition: string };
  /** Set while the source has changed since this translation last caught up with it. */
  sourceChangedAt: string | null;
};

/**
 * On a translation's editor: what it was translated from, and "Source updated" while the source
 * changed after the translation caught up, until someone marks it up to date (opening the page
 * clears nothing). docs/decisions/055-translations.md
 */
export function TranslationSourceNotice({ articleId, source, sourceChangedAt }: Props) {
  const [state, action] = useActionState(markTranslationUpToDateAction.bind(null, articleId), idleState);
  const sourceLink = (
    <Link href={`/dashboard/articles/${source.id}/edit`} className="underline hover:text-accent">
      {source.title}
    </Link>
  );
  return (
    <div className="mb-6 max-w-3xl space-y-3">
      <FormMessage state={state} />
      {sourceChangedAt ? (
        <div className="flex flex-wrap items-center gap-3 rounded border border-amber-700 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-transparent dark:text-amber-200">
          <p role="status" className="grow">
            <strong>Source updated:</strong> the {source.edition} version, {sourceLink}, changed on {sourceChangedAt}, after this translation last caught up with it.
          </p>
          <form action={action}>
            <SubmitButton variant="secondary">Mark as up to date</SubmitButton>
          </form>
        </div>
      ) : (
        <p className="text-sm text-muted">
          Translated from the {source.edition} version, {sourceLink}. Up to date with it.
        </p>
      )}
    </div>
  );
}
