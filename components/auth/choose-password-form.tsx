"use client";

import { useActionState } from "react";
import { keepTypedOnFailure } from "@/lib/actions/keep-typed";
import { idleState } from "@/lib/actions/state";
import { choosePasswordAction } from "@/lib/auth/email-link-actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function ChoosePasswordForm({ purpose, token, email }: { purpose: "invitation" | "password-reset"; token: string; email: string }) {
  const [state, action] = useActionState(keepTypedOnFailure(choosePasswordAction.bind(null, purpose)), idleState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <Field name="newPassword" label="New password" type="password" autoComplete="new-password" hint={`At least ${PASSWORD_MIN_LENGTH} characters.`} state={state} required />
      <Field name="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" state={state} required />
      <SubmitButton>{purpose === "invitation" ? "Choose password" : "Change password"}</SubmitButton>
    </form>
  );
}
