"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { subscribeAction } from "@/lib/newsletter/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { HoneypotField } from "@/components/ui/honeypot";
import { SCRIPTS_WHEN_NEAR } from "@/lib/http/scripts-on-demand";

/** The form's words in the page's language ("Newsletter.form"), made on the server: no message formatter in the browser. */
export type SubscribeFormText = Record<"label" | "email" | "hint" | "howOften" | "daily" | "weekly" | "subscribe", string>;

export function SubscribeForm({ text: t }: { text: SubscribeFormText }) {
  // The server action itself, not keepTypedOnFailure's wrapper: React submits only a server action
  // without JavaScript (the permalink). A database outage is answered by the action, with the values.
  const [state, action] = useActionState(subscribeAction, idleState, "/newsletter");
  const frequency = state.values?.frequency ?? "WEEKLY";
  return (
    <form action={action} aria-label={t.label} className="space-y-4" noValidate {...SCRIPTS_WHEN_NEAR}>
      <FormMessage state={state} />
      <Field name="email" label={t.email} type="email" autoComplete="email" maxLength={254} state={state} hint={t.hint} required />
      <fieldset>
        <legend className="text-sm font-semibold">{t.howOften}</legend>
        <div className="mt-1 flex gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="frequency" value="DAILY" defaultChecked={frequency === "DAILY"} /> {t.daily}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="frequency" value="WEEKLY" defaultChecked={frequency !== "DAILY"} /> {t.weekly}
          </label>
        </div>
        {state.fieldErrors?.frequency && <p className="mt-1 text-sm font-medium text-accent">{state.fieldErrors.frequency.join(" ")}</p>}
      </fieldset>
      <HoneypotField />
      <SubmitButton>{t.subscribe}</SubmitButton>
    </form>
  );
}
