"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { subscribeAction } from "@/lib/newsletter/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { HoneypotField } from "@/components/ui/honeypot";

export function SubscribeForm() {
  // The server action itself, not keepTypedOnFailure's wrapper: React submits only a server action
  // without JavaScript (the permalink). A database outage is answered by the action, with the values.
  const [state, action] = useActionState(subscribeAction, idleState, "/newsletter");
  const frequency = state.values?.frequency ?? "WEEKLY";
  return (
    <form action={action} aria-label="Subscribe to the newsletter" className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="email" label="Your email" type="email" autoComplete="email" maxLength={254} state={state} hint="We never show it to anyone, and every issue has a link to unsubscribe." required />
      <fieldset>
        <legend className="text-sm font-semibold">How often</legend>
        <div className="mt-1 flex gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="frequency" value="DAILY" defaultChecked={frequency === "DAILY"} /> Daily
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="frequency" value="WEEKLY" defaultChecked={frequency !== "DAILY"} /> Weekly
          </label>
        </div>
        {state.fieldErrors?.frequency && <p className="mt-1 text-sm font-medium text-accent">{state.fieldErrors.frequency.join(" ")}</p>}
      </fieldset>
      <HoneypotField />
      <SubmitButton>Subscribe</SubmitButton>
    </form>
  );
}
