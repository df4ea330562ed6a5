"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { retryOutboxMessageAction } from "@/lib/mail/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";

export function RetryMessageButton({ messageId }: { messageId: string }) {
  const [state, action] = useActionState(retryOutboxMessageAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="messageId" value={messageId} />
      <SubmitButton variant="secondary">Send again</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
