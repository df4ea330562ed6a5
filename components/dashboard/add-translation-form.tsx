"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { addTranslationAction } from "@/lib/articles/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { EditionField } from "@/components/dashboard/edition-field";

/** "Add translation": the editions the story has no version in; a refusal is shown beside Edition. */
export function AddTranslationForm({ articleId, editions }: { articleId: string; editions: { id: string; name: string }[] }) {
  const [state, action] = useActionState(addTranslationAction.bind(null, articleId), idleState);
  return (
    <form action={action} noValidate aria-label="Add translation" className="flex flex-wrap items-end gap-3">
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
      <EditionField editions={editions} state={state} hint="A draft in this edition, prefilled from this version. Sections and tags are chosen in that edition." />
      <SubmitButton variant="secondary">Add translation</SubmitButton>
    </form>
  );
}
