"use client";

import { useEffect, useId, useRef, useState } from "react";
import { ArticleEditor, type ArticleEditorProps } from "@/components/dashboard/article-editor";
import { discardAutosaveAction } from "@/lib/articles/actions";
import { buttonClass } from "@/components/ui/styles";

type Props = {
  /** The earlier, never saved article: its title, when it was kept (already in the site's zone), its fields. */
  draft: { title: string; savedAt: string; values: Record<string, string> };
  editor: ArticleEditorProps;
};

/**
 * A new article opens blank. An unsaved draft of an earlier one is offered above it: restore it, or
 * discard it and write the new one. Until the writer chooses, the blank form is inert, so nothing
 * typed into it can overwrite the earlier draft (both are kept under the same "new article" key).
 */
export function UnsavedDraftOffer({ draft, editor }: Props) {
  const [choice, setChoice] = useState<"open" | "restored" | "discarded">("open");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const headingId = useId();
  const restoreRef = useRef<HTMLButtonElement>(null);
  useEffect(() => restoreRef.current?.focus(), []);

  async function discard() {
    setPending(true);
    const result = await discardAutosaveAction(null).catch(() => ({ status: "error" as const, message: "The site did not answer. Try again." }));
    setPending(false);
    if (result.status === "success") setChoice("discarded");
    else setError(result.message ?? "The draft could not be discarded. Try again.");
  }

  if (choice === "restored")
    return <ArticleEditor key="restored" {...editor} initial={draft.values} restoredNote={`Restored your unsaved draft from ${draft.savedAt}.`} />;
  if (choice === "discarded") return <ArticleEditor key="new" {...editor} />;
  return (
    <>
      <section aria-labelledby={headingId} className="mb-6 rounded border border-amber-400 bg-amber-50 p-4">
        <h2 id={headingId} className="font-serif text-xl font-bold">
          An unsaved draft
        </h2>
        <p className="mt-1">
          {draft.title ? <>“{draft.title}”</> : "An untitled article"}, kept on {draft.savedAt}, was never saved. Restore it to go on with it, or
          discard it to start this new article.
        </p>
        {error && (
          <p role="alert" className="mt-2 text-sm font-semibold text-accent-dark">
            {error}
          </p>
        )}
        <div className="mt-3 flex flex-wrap gap-2">
          <button ref={restoreRef} type="button" className={buttonClass("primary")} disabled={pending} onClick={() => setChoice("restored")}>
            Restore
          </button>
          <button type="button" className={buttonClass("secondary")} disabled={pending} onClick={discard}>
            Discard
          </button>
        </div>
      </section>
      <div inert>
        <ArticleEditor key="new" {...editor} />
      </div>
    </>
  );
}
