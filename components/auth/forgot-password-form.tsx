"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { requestPasswordResetAction } from "@/lib/auth/email-link-actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function ForgotPasswordForm() {
  // The server action itself, not keepTypedOnFailure's wrapper: React submits only a server action
  // without JavaScript (the permalink). A database outage is answered by the action, with the values.
  const [state, action] = useActionState(requestPasswordResetAction, idleState, "/login/forgot");
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <Field name="email" label="Email" type="email" autoComplete="username" maxLength={254} state={state} required />
      <SubmitButton>Send me a link</SubmitButton>
    </form>
  );
}
