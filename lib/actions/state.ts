// The result every form action returns to its form (through useActionState): a message, errors per
// field, and the values that were submitted so nothing typed is lost when the form comes back.

export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  /** Set by actions that create something the form should now point at (e.g. a new article's id). */
  id?: string;
  /** The saved record's new version (optimistic concurrency). */
  version?: number;
  /** Bumped by every response, so a form can tell a new answer from an old one. */
  at?: number;
};

export const idleState: ActionState = { status: "idle" };

/** The text fields of a submission (files are left out), for sending back to the form. */
export function submittedValues(formData: FormData): Record<string, string> {
  // A Map, not an object: a field named "constructor" or "__proto__" is a field like any other.
  const values = new Map<string, string>();
  for (const [key, value] of formData.entries()) {
    // Never send a password back to the browser.
    if (typeof value !== "string" || key.startsWith("$ACTION") || /password/i.test(key)) continue;
    const earlier = values.get(key);
    values.set(key, earlier === undefined ? value : `${earlier},${value}`);
  }
  return Object.fromEntries(values);
}

export function errorState(message: string, formData?: FormData, fieldErrors?: FieldErrors): ActionState {
  return { status: "error", message, fieldErrors, values: formData ? submittedValues(formData) : undefined, at: Date.now() };
}

export function successState(message: string, extra: Partial<ActionState> = {}): ActionState {
  return { status: "success", message, at: Date.now(), ...extra };
}
