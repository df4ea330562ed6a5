"use client";

import { useActionState } from "react";
import { restoreRevisionAction } from "@/lib/articles/actions";
import { idleState } from "@/lib/actions/state";
import { FormMessage, SubmitButton } from "@/components/ui/form";

export function RestoreRevisionButton({ revisionId, version }: { revisionId: string; version: number }) {
  const [state, action] = useActionState(restoreRevisionAction.bind(null, revisionId), idleState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <SubmitButton variant="secondary">Restore version {version}</SubmitButton>
    </form>
  );
}
