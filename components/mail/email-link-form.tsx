"use client";

import { useActionState } from "react";
import { keepTypedOnFailure } from "@/lib/actions/keep-typed";
import { idleState } from "@/lib/actions/state";
import { applyEmailLinkAction } from "@/lib/mail/link-actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";

export function EmailLinkForm({ token, button }: { token: string; button: string }) {
  const [state, action] = useActionState(keepTypedOnFailure(applyEmailLinkAction), idleState);
  return (
    <form action={action} className="mt-4 space-y-4">
      <input type="hidden" name="t" value={token} />
      <FormMessage state={state} />
      {state.status !== "success" && <SubmitButton>{button}</SubmitButton>}
    </form>
  );
}
