"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/actions/state";
import { createTermAction, deleteTermAction, mergeTermAction, renameTermAction } from "@/lib/taxonomy/actions";
import type { TaxonomyKind } from "@/lib/taxonomy/schemas";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { pluralize } from "@/lib/format-core";

const NOUN = { category: "category", tag: "tag" } as const;

export function CreateTermForm({ kind, editionId }: { kind: TaxonomyKind; editionId: string }) {
  const [state, action] = useActionState(createTermAction, idleState);
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="editionId" value={editionId} />
      <FormMessage state={state} />
      <Field name="name" label={`New ${NOUN[kind]}`} state={state} />
      <SubmitButton variant="secondary">Add {NOUN[kind]}</SubmitButton>
    </form>
  );
}

function latest(...states: ActionState[]): ActionState {
  return states.reduce((a, b) => ((b.at ?? 0) > (a.at ?? 0) ? b : a), idleState);
}

/** Merge one category or tag into another (one form per list, so the page stays small). */
export function MergeTermsForm({ kind, terms }: { kind: TaxonomyKind; terms: { id: string; name: string }[] }) {
  const [state, merge] = useActionState(mergeTermAction, idleState);
  if (terms.length < 2) return null;
  const options = terms.map((term) => (
    <option key={term.id} value={term.id}>
      {term.name}
    </option>
  ));
  return (
    <form action={merge} noValidate className="space-y-3 rounded border border-rule p-3">
      <input type="hidden" name="kind" value={kind} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-end gap-2">
        {[
          { name: "id", label: `Merge ${NOUN[kind]}` },
          { name: "targetId", label: "into" },
        ].map((field) => (
          <Field key={field.name} name={field.name} label={field.label} state={state}>
            {(control) => (
              <select {...control} defaultValue="">
                <option value="" disabled>
                  Choose…
                </option>
                {options}
              </select>
            )}
          </Field>
        ))}
        <SubmitButton variant="secondary">Merge</SubmitButton>
      </div>
    </form>
  );
}

/** Rename or delete one category or tag. */
export function TermRow({ kind, id, name, count }: { kind: TaxonomyKind; id: string; name: string; count: number }) {
  const [renameState, rename] = useActionState(renameTermAction, idleState);
  const [deleteState, remove] = useActionState(deleteTermAction, idleState);
  return (
    <li className="space-y-2 border-b border-rule py-3">
      <p className="font-semibold">
        {name} <span className="font-normal text-muted">({pluralize(count, "article")})</span>
      </p>
      <div className="flex flex-wrap items-end gap-4">
        <form action={rename} noValidate className="flex items-end gap-2">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
          <Field name="name" label={`Rename ${name}`} state={renameState} defaultValue={name} />
          <SubmitButton variant="secondary">Rename</SubmitButton>
        </form>
        <form action={remove}>
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant="danger">Delete {name}</SubmitButton>
        </form>
      </div>
      <FormMessage state={latest(renameState, deleteState)} />
    </li>
  );
}
