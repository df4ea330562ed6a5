"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { addCorrectionAction } from "@/lib/corrections/actions";
import { CORRECTION_LABEL, CORRECTION_TEXT_MAX, type CorrectionKind } from "@/lib/corrections/schemas";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

type Note = { id: string; kind: CorrectionKind; text: string; date: string; createdBy: string | null };

/** Corrections and updates of a published article: the notes so far and a form to add one. */
export function CorrectionsPanel({ articleId, notes, canAdd }: { articleId: string; notes: Note[]; canAdd: boolean }) {
  const [state, action] = useActionState(addCorrectionAction.bind(null, articleId), idleState);
  return (
    <section aria-labelledby="corrections-panel-heading" className="mt-10 max-w-3xl space-y-4 rounded border border-rule p-4">
      <h2 id="corrections-panel-heading" className="section-title">
        Corrections and updates
      </h2>
      <p className="text-sm text-muted">
        A dated note shown on the article and on the public corrections page. Notes cannot be edited or removed: add another to amend one.
      </p>
      {notes.length > 0 ? (
        <ul className="space-y-2">
          {notes.map((note) => (
            <li key={note.id} className="text-sm">
              <strong>
                {CORRECTION_LABEL[note.kind]}, {note.date}:
              </strong>{" "}
              {note.text}
              {note.createdBy && <span className="text-muted"> ({note.createdBy})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">No corrections or updates yet.</p>
      )}
      {canAdd && (
        <form action={action} noValidate aria-label="Add a correction or update" className="space-y-3">
          <FormMessage state={state} />
          <Field name="kind" label="Kind" state={state} defaultValue="correction">
            {(control) => (
              <select {...control}>
                <option value="correction">Correction: something published was wrong</option>
                <option value="update">Update: something new happened</option>
              </select>
            )}
          </Field>
          <Field name="text" label="Note" state={state} hint={`What readers need to know, e.g. “An earlier version of this article misstated …”. Up to ${CORRECTION_TEXT_MAX.toLocaleString("en-GB")} characters.`}>
            {(control) => <textarea {...control} rows={3} />}
          </Field>
          <SubmitButton variant="secondary">Add note</SubmitButton>
        </form>
      )}
    </section>
  );
}
