"use client";

import type { ActionState } from "@/lib/actions/state";
import { Field } from "@/components/ui/form";

type Props = {
  editions: { id: string; name: string }[];
  state: ActionState;
  hint: string;
  /** The edition chosen to start with (else the first, the default edition). */
  defaultValue?: string;
  onChange?: (editionId: string) => void;
};

/**
 * "Edition": which edition a new article or page is made in, or a translation is added to (the
 * form's `editionId`; a refusal shows beside it). The editions come default first.
 */
export function EditionField({ editions, state, hint, defaultValue, onChange }: Props) {
  return (
    <Field name="editionId" label="Edition" state={state} defaultValue={defaultValue ?? editions[0]?.id} hint={hint}>
      {(control) => (
        <select {...control} onChange={onChange && ((event) => onChange(event.currentTarget.value))}>
          {editions.map((edition) => (
            <option key={edition.id} value={edition.id}>
              {edition.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
