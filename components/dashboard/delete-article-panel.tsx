"use client";

import { useActionState, useId } from "react";
import { idleState } from "@/lib/actions/state";
import { deleteArticleAction } from "@/lib/articles/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";

/**
 * "Delete article": for good, unlike Archive. A box to tick says the editor means it, so the form
 * works without JavaScript and no single click deletes a story.
 */
export function DeleteArticlePanel({ articleId, title }: { articleId: string; title: string }) {
  const [state, action] = useActionState(deleteArticleAction.bind(null, articleId), idleState);
  const id = useId();
  const errors = state.fieldErrors?.confirm;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 max-w-3xl space-y-3 rounded border border-accent p-4">
      <h2 id={`${id}-heading`} className="section-title">
        Delete article
      </h2>
      <p className="text-sm text-muted">Archive takes a story off the site and keeps it. Delete removes “{title}”, its replies, revisions and corrections for good.</p>
      <form action={action} noValidate aria-label="Delete article" className="space-y-3">
        <FormMessage state={state} />
        <div>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="confirm" aria-invalid={errors ? true : undefined} aria-describedby={errors ? `${id}-error` : undefined} className="mt-1" />
            Yes, delete this article for good
          </label>
          {errors && (
            <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent">
              {errors.join(" ")}
            </p>
          )}
        </div>
        <SubmitButton variant="danger">Delete</SubmitButton>
      </form>
    </section>
  );
}
