"use client";
// The article editor's "Live coverage" checkbox: ticking it turns a published or scheduled
// article into live coverage and opens its desk; unticking it ends the coverage (the page stays,
// marked as ended, with its updates).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { setLiveCoverageAction } from "@/lib/live/actions";

export function LiveCoveragePanel({ articleId, state }: { articleId: string; state: "none" | "live" | "ended" }) {
  const router = useRouter();
  const id = useId();
  const [checked, setChecked] = useState(state === "live");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    const live = event.currentTarget.checked;
    setChecked(live);
    startTransition(async () => {
      const answer = await setLiveCoverageAction(articleId, live).catch(() => ({ status: "error" as const, message: "The site did not answer. Try again." }));
      if (answer.status !== "success") {
        setChecked(!live);
        setMessage({ text: answer.message ?? "That could not be done.", error: true });
        return;
      }
      setMessage({ text: answer.message ?? "", error: false });
      if (live) router.push(`/dashboard/articles/${articleId}/live`);
      else router.refresh();
    });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 max-w-3xl space-y-3 rounded border border-rule p-4">
      <h2 id={`${id}-heading`} className="section-title">
        Live coverage
      </h2>
      <p className="text-sm text-muted">For a story that breaks over hours: readers’ pages show each update within seconds, newest first, and Google can show it as live.</p>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" checked={checked} disabled={pending} onChange={onChange} className="size-4" aria-describedby={message ? `${id}-message` : undefined} /> Live coverage
      </label>
      <div id={`${id}-message`} role="status" aria-live="polite" className={`text-sm ${message?.error ? "font-medium text-accent" : "text-muted"}`}>
        {message?.text}
      </div>
      {state !== "none" && (
        <p className="text-sm">
          <Link href={`/dashboard/articles/${articleId}/live`} className="underline">
            Open the live desk
          </Link>
          {state === "ended" && " (coverage ended; resume it there or tick the box)"}
        </p>
      )}
    </section>
  );
}
