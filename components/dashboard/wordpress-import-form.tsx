"use client";

import { useActionState, useEffect, useState } from "react";
import { useFormStatus } from "react-dom";
import { idleState, invalidState, type ActionState } from "@/lib/actions/state";
import { importWordPressAction } from "@/lib/wordpress/actions";
import { checkWxrUpload } from "@/lib/wordpress/schemas";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass } from "@/components/ui/styles";

type ImportState = ActionState & { report?: string[] };

type Progress = { phase: "checking" | "importing"; done: number; total: number; startedAt: number; updatedAt: number };

/** While the import runs: how far it is, asked of the server every second. */
function ImportProgress() {
  const { pending } = useFormStatus();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch("/dashboard/import/progress", { cache: "no-store" });
        if (response.ok && !stopped) setProgress(((await response.json()) as { progress: Progress | null }).progress);
      } catch {
        // The next poll tries again.
      }
    };
    const timer = setInterval(poll, 1_000);
    return () => {
      stopped = true;
      clearInterval(timer);
      setProgress(null);
      setCancelling(false);
    };
  }, [pending]);
  if (!pending) return null;
  const cancel = async () => {
    setCancelling(true);
    try {
      const response = await fetch("/dashboard/import/cancel", { method: "POST", cache: "no-store" });
      if (!response.ok) setCancelling(false);
    } catch {
      setCancelling(false);
    }
  };
  const importing = progress?.phase === "importing" && progress.total > 0;
  const seconds = importing ? (progress.updatedAt - progress.startedAt) / 1000 : 0;
  const rate = importing && seconds > 0 ? progress.done / seconds : 0;
  const left = rate > 0 ? Math.round((progress!.total - progress!.done) / rate) : null;
  return (
    <div className="space-y-1 text-sm">
      <progress aria-label="Import progress" className="w-full max-w-md" {...(importing ? { value: progress.done, max: progress.total } : {})} />
      <p role="status" aria-live="polite">
        {cancelling
          ? "Cancelling: the import stops after its current write…"
          : importing
            ? `${progress.done} of ${progress.total} items, ${Math.round(rate)} a second${left !== null ? `, about ${left} s left` : ""}.`
            : "Checking the file… keep this page open."}
      </p>
      <button type="button" onClick={cancel} disabled={cancelling} className={buttonClass("secondary")}>
        Cancel import
      </button>
    </div>
  );
}

/**
 * The file is checked here first, with the action's own check and words: a file over the server's
 * request limit (12 MB) would otherwise be refused by Next.js before the action could say why.
 */
async function checkThenImport(previous: ImportState, formData: FormData): Promise<ImportState> {
  const upload = await checkWxrUpload(formData.get("file"));
  if (!upload.ok) return invalidState({ file: [upload.message] }, formData);
  return importWordPressAction(previous, formData);
}

/** Upload a WordPress export, then read the report. */
export function WordPressImportForm({ maxMb }: { maxMb: number }) {
  const [state, action] = useActionState<ImportState, FormData>(checkThenImport, idleState);
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
        <ImportProgress />
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
