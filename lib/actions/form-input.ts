import { z } from "zod";
import { formDataToObject } from "./form-data";
import { OUT_OF_DATE_MESSAGE, errorState, invalidState, type ActionState, type FieldErrors } from "./state";

// The validation every form action does, staff (staff-action.ts) and public (public-action.ts) alike:
// arguments bound with .bind() as a zod tuple (a client can send any value for them), then the
// fields through the form's own schema. A refusal is the state the form shows, with what was typed.

export type FormInputConfig<S extends z.ZodType, B extends z.ZodTuple<readonly z.ZodType[], null>> = {
  schema: S;
  /** Arguments bound with .bind() before the state and the form data. */
  bound?: B;
  /** When the form has no field to mark, say what is wrong in the message. */
  summariseErrors?: boolean;
};

export function parseFormInput<S extends z.ZodType, B extends z.ZodTuple<readonly z.ZodType[], null>>(
  config: FormInputConfig<S, B>,
  boundArgs: unknown[],
  formData: FormData,
): { ok: true; input: z.output<S>; bound: z.output<B> } | { ok: false; state: ActionState } {
  const bound = (config.bound ?? z.tuple([])).safeParse(boundArgs);
  if (!bound.success) return { ok: false, state: errorState(OUT_OF_DATE_MESSAGE, formData) };
  const parsed = config.schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    if (config.summariseErrors) return { ok: false, state: errorState(parsed.error.issues[0]?.message ?? OUT_OF_DATE_MESSAGE, formData) };
    return { ok: false, state: invalidState(z.flattenError(parsed.error).fieldErrors as FieldErrors, formData) };
  }
  return { ok: true, input: parsed.data, bound: bound.data as z.output<B> };
}
