"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { saveReplySettingsAction } from "@/lib/replies/moderation-actions";
import type { ReplySettings } from "@/lib/replies/schemas";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function ReplySettingsForm({ settings }: { settings: ReplySettings }) {
  const [state, action] = useActionState(saveReplySettingsAction, idleState);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-5">
      <FormMessage state={state} />
      <Field name="holdWords" label="Hold list" state={state} defaultValue={settings.holdWords.join("\n")} hint="One word or phrase per line. A reply containing one waits for a moderator.">
        {(control) => <textarea {...control} rows={5} />}
      </Field>
      <Field name="blockWords" label="Block list" state={state} defaultValue={settings.blockWords.join("\n")} hint="One per line. A reply containing one goes straight to spam.">
        {(control) => <textarea {...control} rows={5} />}
      </Field>
      <Field name="linkThreshold" label="Hold replies with at least this many links" type="number" min={1} max={50} state={state} defaultValue={String(settings.linkThreshold)} />
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" name="firstReplyApproval" defaultChecked={(state.values?.firstReplyApproval ?? (settings.firstReplyApproval ? "on" : "")) === "on"} className="size-4" />
        Hold a commenter’s first reply until a moderator approves it
      </label>
      <Field
        name="closeAfterDays"
        label="Close replies on articles older than (days)"
        type="number"
        min={0}
        state={state}
        defaultValue={String(settings.closeAfterDays)}
        hint="0 keeps replies open for good."
      />
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
