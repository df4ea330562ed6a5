"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/actions/state";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signInAction, idleState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field name="email" label="Email" type="email" autoComplete="username" state={state} required />
      <Field name="password" label="Password" type="password" autoComplete="current-password" state={state} required />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
