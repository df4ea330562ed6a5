"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { saveHeldRepliesIntervalAction, saveNewsletterScheduleAction } from "@/lib/mail/actions";
import { removeSubscriberAction } from "@/lib/newsletter/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function NewsletterScheduleForm({ hour, weekday, timeZone }: { hour: number; weekday: number; timeZone: string }) {
  const [state, action] = useActionState(saveNewsletterScheduleAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="newsletterHour" label="Hour of sending" state={state} defaultValue={String(hour)} hint={`Site time zone: ${timeZone}.`} required>
          {(control) => (
            <select {...control}>
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={h}>{`${String(h).padStart(2, "0")}:00`}</option>
              ))}
            </select>
          )}
        </Field>
        <Field name="newsletterWeekday" label="Day of the weekly issue" state={state} defaultValue={String(weekday)} required>
          {(control) => (
            <select {...control}>
              {WEEKDAYS.map((day, index) => (
                <option key={day} value={index}>{day}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <SubmitButton>Save schedule</SubmitButton>
    </form>
  );
}

export function RemoveSubscriberButton({ subscriberId, email }: { subscriberId: string; email: string }) {
  const [state, action] = useActionState(removeSubscriberAction, idleState);
  return (
    <form action={action}>
      <input type="hidden" name="subscriberId" value={subscriberId} />
      <SubmitButton variant="danger">{`Remove ${email}`}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function HeldRepliesIntervalForm({ minutes }: { minutes: number }) {
  const [state, action] = useActionState(saveHeldRepliesIntervalAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="heldRepliesMinutes" label="Minutes between held-reply emails" type="number" min={1} max={1440} state={state} defaultValue={String(minutes)} hint="Each moderator receives at most one message in this time, with the count and the first few replies." required />
      <SubmitButton>Save interval</SubmitButton>
    </form>
  );
}
