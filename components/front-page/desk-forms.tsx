"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { idleState } from "@/lib/actions/state";
import { showBreakingNewsAction, takeDownBreakingNewsAction, undoFrontPageAction } from "@/lib/front-page/actions";

/** "Undo" beside one change of the history. */
export function UndoButton({ versionId, summary }: { versionId: string; summary: string }) {
  const [state, action] = useActionState(undoFrontPageAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="versionId" value={versionId} />
      <FormMessage state={state} />
      <button type="submit" className="rounded border border-rule px-2 py-1 text-sm hover:bg-neutral-100" aria-label={`Undo: ${summary}`}>
        Undo
      </button>
    </form>
  );
}

/** An edition's breaking-news banner: post it (fields "Breaking news" and "Link"), or take it down. */
export function BreakingNewsForms({ editionId, current, timeZoneName }: { editionId: string; current: { text: string; link: string | null; expiresAt: string | null } | null; timeZoneName: string }) {
  const edition = <input type="hidden" name="editionId" value={editionId} />;
  const [state, show] = useActionState(showBreakingNewsAction, idleState);
  const [downState, takeDown] = useActionState(takeDownBreakingNewsAction, idleState);
  return (
    <div className="space-y-4">
      {current ? (
        <div className="rounded border border-accent p-3">
          <p className="text-sm font-semibold text-accent-dark">On every reader page now:</p>
          <p className="font-medium">{current.text}</p>
          {current.link && <p className="text-sm text-muted">Links to {current.link}</p>}
          <form action={takeDown} className="mt-2 space-y-2">
            {edition}
            <FormMessage state={downState} />
            <SubmitButton variant="danger">Take down</SubmitButton>
          </form>
        </div>
      ) : (
        downState.status === "success" && <FormMessage state={downState} />
      )}
      <form action={show} className="space-y-3">
        {edition}
        <FormMessage state={state} />
        <Field name="text" label="Breaking news" state={state} defaultValue={current?.text} maxLength={200} required />
        <Field name="link" label="Link" state={state} defaultValue={current?.link ?? ""} hint="Optional: the story's address, like /articles/… or https://…" />
        <Field name="expiresAt" label="Take down at" type="datetime-local" state={state} hint={`Optional, on ${timeZoneName} clocks: the banner comes down by itself then.`} />
        <SubmitButton>Show banner</SubmitButton>
      </form>
    </div>
  );
}
