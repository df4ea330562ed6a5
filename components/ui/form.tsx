"use client";

import { useId } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions/state";
import { buttonClass, inputClass } from "./styles";


type FieldProps = {
  name: string;
  label: string;
  state?: ActionState;
  defaultValue?: string;
  required?: boolean;
  hint?: string;
  /** Errors from the browser side (e.g. a form schema checked before submitting). */
  errors?: string[];
  children?: (props: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string; defaultValue?: string; required?: boolean }) => React.ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue" | "children">;

/**
 * A labelled field with its hint and its errors next to it. Errors are linked with aria-describedby
 * and the field is marked aria-invalid, so screen readers announce them with the field. The value
 * that was submitted comes back from the action state, so nothing typed is lost.
 */
export function Field({ name, label, state, defaultValue, required, hint, errors, children, ...input }: FieldProps) {
  const id = useId();
  const fieldErrors = errors ?? state?.fieldErrors?.[name];
  const value = state?.values?.[name] ?? defaultValue;
  const describedBy = [hint ? `${id}-hint` : null, fieldErrors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const controlProps = {
    id,
    name,
    "aria-invalid": fieldErrors?.length ? (true as const) : undefined,
    "aria-describedby": describedBy,
    className: inputClass,
    defaultValue: value,
    required,
  };
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children ? children(controlProps) : <input {...controlProps} {...input} />}
      {fieldErrors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent">
          {fieldErrors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}


/** The form's overall outcome, announced politely to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return <div role="status" aria-live="polite" className="sr-only" />;
  const error = state.status === "error";
  return (
    <div
      role="status"
      aria-live="polite"
      className={`rounded border px-4 py-3 text-sm font-medium ${error ? "border-accent bg-red-50 text-accent-dark dark:bg-transparent" : "border-green-700 bg-green-50 text-green-900 dark:bg-transparent dark:text-green-300"}`}
    >
      {state.message}
    </div>
  );
}

export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
  formNoValidate,
}: {
  children: React.ReactNode;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger";
  formNoValidate?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} formNoValidate={formNoValidate} className={buttonClass(variant)}>
      {children}
    </button>
  );
}
