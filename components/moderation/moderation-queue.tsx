"use client";

// The moderation queue. Per-reply buttons, bulk actions on selected replies, undo, and keyboard
// triage: j/k move, a approve, s spam, t trash, z undo, ? shows the keys.
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { idleState } from "@/lib/actions/state";
import { editReplyAction, moderateAction, staffReplyAction, undoModerationAction, type ModerationState } from "@/lib/replies/moderation-actions";
import type { QueueReply } from "@/lib/replies/moderation-queries";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass } from "@/components/ui/styles";
import { formatDateTimeInZone } from "@/lib/format-core";

const ACTIONS_BY_STATUS: Record<string, { action: string; label: string }[]> = {
  PENDING: [
    { action: "approve", label: "Approve" },
    { action: "spam", label: "Spam" },
    { action: "trash", label: "Trash" },
  ],
  APPROVED: [
    { action: "unapprove", label: "Unapprove" },
    { action: "spam", label: "Spam" },
    { action: "trash", label: "Trash" },
  ],
  SPAM: [
    { action: "notspam", label: "Not spam" },
    { action: "trash", label: "Trash" },
  ],
  TRASH: [
    { action: "restore", label: "Restore" },
    { action: "delete", label: "Delete permanently" },
  ],
};

const BULK_LABELS: Record<string, string> = {
  approve: "Approve",
  unapprove: "Unapprove",
  spam: "Mark as spam",
  notspam: "Not spam",
  trash: "Move to trash",
  restore: "Restore",
  delete: "Delete permanently",
};

const KEYS = [
  ["j", "next reply"],
  ["k", "previous reply"],
  ["a", "approve"],
  ["s", "spam"],
  ["t", "trash"],
  ["z", "undo the last action"],
  ["?", "show or hide these keys"],
];


function EditReplyForm({ reply }: { reply: QueueReply }) {
  const [state, action] = useActionState(editReplyAction, idleState);
  return (
    <form action={action} noValidate className="mt-3 space-y-3">
      <input type="hidden" name="replyId" value={reply.id} />
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="name" label="Name" state={state} defaultValue={reply.authorName} />
        <Field name="email" label="Email" state={state} defaultValue={reply.authorEmail} />
        <Field name="website" label="Website" state={state} defaultValue={reply.authorWebsite ?? ""} />
      </div>
      <Field name="body" label="Comment" state={state} defaultValue={reply.body}>
        {(control) => <textarea {...control} rows={4} />}
      </Field>
      <SubmitButton variant="secondary">Save changes</SubmitButton>
    </form>
  );
}

function StaffReplyForm({ reply }: { reply: QueueReply }) {
  const [state, action] = useActionState(staffReplyAction, idleState);
  return (
    <form action={action} noValidate className="mt-3 space-y-3">
      <input type="hidden" name="replyId" value={reply.id} />
      <FormMessage state={state} />
      <Field name="body" label={`Your reply to ${reply.authorName}`} state={state}>
        {(control) => <textarea {...control} rows={3} />}
      </Field>
      <SubmitButton variant="secondary">Publish reply</SubmitButton>
    </form>
  );
}

/** Nothing changes after hydration: the server renders "not ready", the browser "ready". */
const subscribeToNothing = () => () => {};

/** `timeZone` is the site's (SITE_TIME_ZONE): times read as on the rest of the dashboard, whatever the browser's zone. */
export function ModerationQueue({ replies, status, timeZone }: { replies: QueueReply[]; status: string; timeZone: string }) {
  const when = (iso: string) => formatDateTimeInZone(new Date(iso), timeZone);
  const router = useRouter();
  const [state, dispatch, pending] = useActionState<ModerationState, FormData>(moderateAction, idleState);
  const [undoState, undo] = useActionState<ModerationState, FormData>(undoModerationAction, idleState);
  const [focused, setFocused] = useState(0);
  const [showKeys, setShowKeys] = useState(false);
  // Keyboard shortcuts work once this island has loaded; tests and curious people can tell.
  const ready = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const items = useRef<(HTMLElement | null)[]>([]);
  const latest = (undoState.at ?? 0) > (state.at ?? 0) ? undoState : state;

  useEffect(() => {
    if (latest.status === "success") router.refresh();
  }, [latest, router]);

  function act(action: string, replyId: string) {
    const data = new FormData();
    data.set("do", `${action}:${replyId}`);
    startTransition(() => dispatch(data));
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.metaKey || event.ctrlKey || event.altKey || target.closest("input, textarea, select, [contenteditable]")) return;
      const current = replies[focused];
      const move = (to: number) => {
        const next = Math.max(0, Math.min(replies.length - 1, to));
        setFocused(next);
        items.current[next]?.focus();
      };
      const allowed = (action: string) => current && ACTIONS_BY_STATUS[current.status]?.some((option) => option.action === action);
      switch (event.key) {
        case "j":
          move(focused + 1);
          break;
        case "k":
          move(focused - 1);
          break;
        case "a":
          if (allowed("approve")) act("approve", current!.id);
          break;
        case "s":
          if (allowed("spam")) act("spam", current!.id);
          break;
        case "t":
          if (allowed("trash")) act("trash", current!.id);
          break;
        case "z":
          startTransition(() => undo(new FormData()));
          break;
        case "?":
          setShowKeys((shown) => !shown);
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  function onBulk(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  }

  const bulkActions = [...new Set((ACTIONS_BY_STATUS[status] ?? []).map((option) => option.action))];

  return (
    <div className="space-y-4" data-keyboard-ready={ready ? "" : undefined}>
      <div className="flex flex-wrap items-center gap-3">
        <div className="grow">
          <FormMessage state={latest} />
        </div>
        {latest.undoable && (
          <button type="button" onClick={() => startTransition(() => undo(new FormData()))} className={buttonClass("secondary")}>
            Undo
          </button>
        )}
        <button type="button" onClick={() => setShowKeys((shown) => !shown)} className="text-sm underline" aria-expanded={showKeys}>
          Keyboard shortcuts
        </button>
      </div>
      {showKeys && (
        <section aria-labelledby="keys-heading" className="rounded border border-rule bg-neutral-50 p-4">
          <h2 id="keys-heading" className="font-semibold">
            Keyboard shortcuts
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {KEYS.map(([key, meaning]) => (
              <div key={key} className="contents">
                <dt>
                  <kbd className="rounded border border-neutral-400 bg-white px-1.5 font-mono">{key}</kbd>
                </dt>
                <dd>{meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {replies.length === 0 ? (
        <p className="py-8 text-muted">Nothing here.</p>
      ) : (
        <form id="bulk" onSubmit={onBulk} aria-label="Bulk actions" className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block font-semibold">Bulk action</span>
            <select name="action" defaultValue="" className="mt-1 rounded border border-neutral-400 px-2 py-2">
              <option value="" disabled>
                Choose…
              </option>
              {bulkActions.map((action) => (
                <option key={action} value={action}>
                  {BULK_LABELS[action]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={pending} className={buttonClass("secondary")}>
            Apply to selected
          </button>
        </form>
      )}

      <ol className="space-y-4">
        {replies.map((reply, index) => (
          <li key={reply.id}>
            <article
              ref={(element) => {
                items.current[index] = element;
              }}
              tabIndex={-1}
              onFocus={() => setFocused(index)}
              aria-label={`Reply by ${reply.authorName}`}
              aria-current={index === focused ? "true" : undefined}
              className="rounded-lg border border-rule p-4 aria-[current=true]:border-ink aria-[current=true]:ring-2 aria-[current=true]:ring-ink/20"
            >
              <div className="flex flex-wrap items-start gap-3">
                <input form="bulk" type="checkbox" name="replyIds" value={reply.id} aria-label={`Select reply by ${reply.authorName}`} className="mt-1 size-4" />
                <div className="min-w-0 grow space-y-2">
                  <p className="text-sm">
                    <span className="font-semibold">{reply.authorName}</span> · {reply.authorEmail}
                    {reply.authorWebsite && <> · {reply.authorWebsite}</>} · <time dateTime={reply.createdAt}>{when(reply.createdAt)}</time>
                  </p>
                  <p className="text-sm">
                    On{" "}
                    <a href={`/articles/${reply.article.slug}`} className="underline">
                      {reply.article.title}
                    </a>
                  </p>
                  {reply.parent && (
                    <blockquote className="border-s-4 border-rule ps-3 text-sm text-muted">
                      In reply to {reply.parent.authorName}: “{reply.parent.body.slice(0, 300)}”
                    </blockquote>
                  )}
                  <p className="whitespace-pre-line">{reply.body}</p>
                  {reply.reasons.length > 0 && (
                    <div className="rounded bg-amber-50 p-3 text-sm">
                      <p className="font-semibold">{reply.status === "SPAM" ? "Why it was marked as spam" : "Why it was held"}</p>
                      <ul className="mt-1 list-disc ps-5">
                        {reply.reasons.map((reason) => (
                          <li key={reason.code}>{reason.detail}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                  <div className="flex flex-wrap gap-2">
                    {ACTIONS_BY_STATUS[reply.status]?.map((option) => (
                      <button
                        key={option.action}
                        type="button"
                        disabled={pending}
                        onClick={() => act(option.action, reply.id)}
                        className={buttonClass(option.action === "delete" || option.action === "spam" ? "danger" : "secondary")}
                      >
                        {option.label}
                        <span className="sr-only"> reply by {reply.authorName}</span>
                      </button>
                    ))}
                  </div>
                  <details>
                    <summary className="cursor-pointer text-sm font-semibold">Edit</summary>
                    <EditReplyForm reply={reply} />
                  </details>
                  {reply.status === "APPROVED" && (
                    <details>
                      <summary className="cursor-pointer text-sm font-semibold">Reply</summary>
                      <StaffReplyForm reply={reply} />
                    </details>
                  )}
                  <details>
                    <summary className="cursor-pointer text-sm font-semibold">History</summary>
                    <ol className="mt-2 space-y-1 text-sm">
                      <li>Received {when(reply.createdAt)}</li>
                      {reply.history.map((entry, n) => (
                        <li key={n}>
                          {entry.who} {entry.what} it, {when(entry.when)}
                        </li>
                      ))}
                    </ol>
                  </details>
                </div>
              </div>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
