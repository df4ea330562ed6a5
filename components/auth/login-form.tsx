"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/actions/state";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  // The permalink is where the form posts before JavaScript has loaded. Without it React renders
  // action="", which HTML does not allow; with it the page re-renders there with the answer, and the
  // query keeps callbackUrl for the next attempt.
  const permalink = callbackUrl ? `/login?${new URLSearchParams({ callbackUrl })}` : "/login";
  const [state, action] = useActionState(signInAction, idleState, permalink);
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
