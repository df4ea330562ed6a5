"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { applyEmailLinkAction } from "@/lib/mail/link-actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { SCRIPTS_WHEN_NEAR } from "@/lib/http/scripts-on-demand";

export function EmailLinkForm({ token, button }: { token: string; button: string }) {
  // The server action itself (nothing typed to keep): the button works before the page's scripts run,
  // as a plain form post (reader pages load their scripts after the first paint, decisions 028 and 064).
  const [state, action] = useActionState(applyEmailLinkAction, idleState);
  return (
    <form action={action} className="mt-4 space-y-4" {...SCRIPTS_WHEN_NEAR}>
      <input type="hidden" name="t" value={token} />
      <FormMessage state={state} />
      {state.status !== "success" && <SubmitButton>{button}</SubmitButton>}
    </form>
  );
}
