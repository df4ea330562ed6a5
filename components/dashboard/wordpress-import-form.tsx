"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { idleState, type ActionState } from "@/lib/actions/state";
import { importWordPressAction } from "@/lib/wordpress/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

type ImportState = ActionState & { report?: string[] };

function Progress() {
  const { pending } = useFormStatus();
  if (!pending) return null;
  return (
    <p className="flex items-center gap-3 text-sm">
      <progress aria-label="Import progress">Importing…</progress>
      <span>Importing… a large export takes a few minutes; keep this page open.</span>
    </p>
  );
}

/** Upload a WordPress export, then read the report. */
export function WordPressImportForm({ maxMb }: { maxMb: number }) {
  const [state, action] = useActionState<ImportState, FormData>(importWordPressAction, idleState);
  return (
    <>
      <form action={action} noValidate aria-label="Import from WordPress" className="space-y-4">
        <FormMessage state={state} />
        <Field name="file" label="WordPress export file" type="file" accept=".xml,text/xml,application/xml" state={state} hint={`The .xml file from WordPress's Tools → Export (“All content”), up to ${maxMb} MB.`} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="dryRun" defaultChecked={state.values?.dryRun === "on"} />
          Check only: write nothing, show what would be imported
        </label>
        <SubmitButton>Import</SubmitButton>
        <Progress />
      </form>
      {state.report && (
        <section aria-labelledby="import-report-heading" className="mt-8">
          <h2 id="import-report-heading" className="font-serif text-xl font-bold">
            Import report
          </h2>
          <ul className="mt-3 space-y-1 text-sm">
            {state.report.map((line, index) => (line ? <li key={index} className="whitespace-pre-wrap">{line}</li> : <li key={index} aria-hidden="true" className="h-3" />))}
          </ul>
        </section>
      )}
    </>
  );
}
