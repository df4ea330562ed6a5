"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/actions/state";
import { createTermAction, deleteTermAction, mergeTermAction, renameTermAction } from "@/lib/taxonomy/actions";
import type { TaxonomyKind } from "@/lib/users/schemas";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

const NOUN = { category: "category", tag: "tag" } as const;

export function CreateTermForm({ kind }: { kind: TaxonomyKind }) {
  const [state, action] = useActionState(createTermAction, idleState);
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="kind" value={kind} />
      <FormMessage state={state} />
      <Field name="name" label={`New ${NOUN[kind]}`} state={state} />
      <SubmitButton variant="secondary">Add {NOUN[kind]}</SubmitButton>
    </form>
  );
}

function latest(...states: ActionState[]): ActionState {
  return states.reduce((a, b) => ((b.at ?? 0) > (a.at ?? 0) ? b : a), idleState);
}

/** Rename, merge into another, or delete one category or tag. */
export function TermRow({ kind, id, name, count, others }: { kind: TaxonomyKind; id: string; name: string; count: number; others: { id: string; name: string }[] }) {
  const [renameState, rename] = useActionState(renameTermAction, idleState);
  const [mergeState, merge] = useActionState(mergeTermAction, idleState);
  const [deleteState, remove] = useActionState(deleteTermAction, idleState);
  return (
    <li className="space-y-2 border-b border-rule py-3">
      <p className="font-semibold">
        {name} <span className="font-normal text-muted">({count} {count === 1 ? "article" : "articles"})</span>
      </p>
      <div className="flex flex-wrap items-end gap-4">
        <form action={rename} noValidate className="flex items-end gap-2">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
          <Field name="name" label={`Rename ${name}`} state={renameState} defaultValue={name} />
          <SubmitButton variant="secondary">Rename</SubmitButton>
        </form>
        {others.length > 0 && (
          <form action={merge} noValidate className="flex items-end gap-2">
            <input type="hidden" name="kind" value={kind} />
            <input type="hidden" name="id" value={id} />
            <Field name="targetId" label={`Merge ${name} into`} state={mergeState}>
              {(control) => (
                <select {...control} defaultValue="">
                  <option value="" disabled>
                    Choose…
                  </option>
                  {others.map((other) => (
                    <option key={other.id} value={other.id}>
                      {other.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <SubmitButton variant="secondary">Merge</SubmitButton>
          </form>
        )}
        <form action={remove}>
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant="danger">Delete {name}</SubmitButton>
        </form>
      </div>
      <FormMessage state={latest(renameState, mergeState, deleteState)} />
    </li>
  );
}
