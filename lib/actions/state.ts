// The result every staff or reader action returns to its form (through useActionState): a message,
// errors per field, and the values that were submitted so nothing typed is lost when the form comes
// back. The wording a person reads when a form is refused lives here, once.

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

/** What the domain layer answers when it refuses: a sentence, or errors per field, never both needed. */
export type Refusal = { ok: false; message?: string; fieldErrors?: FieldErrors };

export const idleState: ActionState = { status: "idle" };

export const INVALID_FORM_MESSAGE = "Please correct the fields marked below.";
/** For a call no page of ours would make: forged or stale arguments. */
export const OUT_OF_DATE_MESSAGE = "This page is out of date. Reload it and try again.";

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

/** Fields to correct: the one sentence above the form, the details next to each field. */
export function invalidState(fieldErrors: FieldErrors, formData?: FormData): ActionState {
  return errorState(INVALID_FORM_MESSAGE, formData, fieldErrors);
}

/** A refusal from the domain layer as the form shows it. */
export function refusalState(refusal: Refusal, formData?: FormData): ActionState {
  if (refusal.fieldErrors && Object.keys(refusal.fieldErrors).length) return errorState(refusal.message ?? INVALID_FORM_MESSAGE, formData, refusal.fieldErrors);
  return errorState(refusal.message ?? "That could not be done.", formData);
}

export function successState<E extends object = object>(message: string, extra?: E): ActionState & E {
  return { status: "success", message, at: Date.now(), ...(extra as E) };
}
