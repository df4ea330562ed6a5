"use client";

// The article list's bulk actions. The rows' checkboxes (the DataTable) belong to this form by its id.
import { useActionState, useId } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { idleState } from "@/lib/actions/state";
import { bulkArticlesAction } from "@/lib/articles/actions";

export const BULK_FORM_ID = "bulk-articles";

export function ArticleBulkActions({ sections }: { sections: { id: string; name: string }[] }) {
  const [state, action] = useActionState(bulkArticlesAction, idleState);
  const sectionId = useId();
  const sectionError = state.fieldErrors?.categoryId?.[0];
  const selectionError = state.fieldErrors?.ids?.[0] ?? state.fieldErrors?.action?.[0];
  return (
    <form id={BULK_FORM_ID} action={action} className="mt-6 space-y-3">
      <fieldset className="flex flex-wrap items-end gap-3 rounded border border-rule p-3">
        <legend className="px-1 text-sm font-semibold">With the selected articles</legend>
        <SubmitButton name="action" value="publish" variant="secondary">
          Publish
        </SubmitButton>
        <SubmitButton name="action" value="unpublish" variant="secondary">
          Unpublish
        </SubmitButton>
        <SubmitButton name="action" value="archive" variant="secondary">
          Archive
        </SubmitButton>
        <div>
          <label htmlFor={sectionId} className="block text-sm font-medium">
            Move to
          </label>
          <select
            id={sectionId}
            name="categoryId"
            defaultValue={state.values?.categoryId ?? ""}
            key={state.at}
            aria-invalid={sectionError ? true : undefined}
            aria-describedby={sectionError ? `${sectionId}-error` : undefined}
            className="field-input"
          >
            <option value="">Choose a section</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
          {sectionError && (
            <p id={`${sectionId}-error`} className="mt-1 text-sm text-accent-dark">
              {sectionError}
            </p>
          )}
        </div>
        <SubmitButton name="action" value="move" variant="secondary">
          Move to section
        </SubmitButton>
      </fieldset>
      {selectionError ? (
        <div role="status" aria-live="polite" className="rounded border border-accent bg-red-50 px-4 py-3 text-sm font-medium text-accent-dark dark:bg-transparent">
          {selectionError}
        </div>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}
