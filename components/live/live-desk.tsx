"use client";
// The live desk: the composer, the pinned update, every update with Edit, Delete and Pin,
// End and Resume. It asks every few seconds whether anyone changed the coverage and refreshes when
// someone did, so several editors see each other's updates; an edit saved against an older version is
// refused and shows the newer text beside what was typed (docs/decisions/037-live-coverage.md).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, useTransition } from "react";
import { keepTypedOnFailure } from "@/lib/actions/keep-typed";
import { errorState, idleState, type ActionState } from "@/lib/actions/state";
import { formatDateTimeInZone, formatTimeInZone } from "@/lib/format-core";
import {
  deleteLiveUpdateAction,
  editLiveUpdateAction,
  endOrResumeLiveAction,
  liveDeskSeqAction,
  pinLiveUpdateAction,
  postLiveUpdateAction,
  type LiveEditState,
} from "@/lib/live/actions";
import type { DeskUpdate, LiveDesk as LiveDeskData } from "@/lib/live/queries";
import { BodyEditor } from "@/components/editor/body-editor";
import { Field, FormMessage } from "@/components/ui/form";
import { buttonClass } from "@/components/ui/styles";

type Props = { desk: LiveDeskData; pollMs: number; timeZone: string };

const CHANGE_WORDS: Record<string, string> = { post: "Posted", edit: "Edited", delete: "Deleted", pin: "Pinned", unpin: "Unpinned" };

/** Ctrl+Enter or ⌘+Enter in any field of a form sends it, as in most newsroom tools. */
function submitOnModEnter(event: React.KeyboardEvent<HTMLFormElement>) {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}

export function LiveDesk({ desk, pollMs, timeZone }: Props) {
  const router = useRouter();
  const { article, coverage } = desk;
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<ActionState>(idleState);
  const live = coverage !== null && coverage.endedAt === null;

  // Refresh when anyone (another editor, another tab) changed the coverage; slower when hidden.
  const seen = useRef<number | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      if (stopped) return;
      const answer = await liveDeskSeqAction(article.id).catch(() => null);
      if (answer && answer.status === "success" && typeof answer.version === "number") {
        if (seen.current !== null && answer.version !== seen.current) router.refresh();
        seen.current = answer.version;
      }
      if (!stopped) timer = setTimeout(tick, document.visibilityState === "visible" ? pollMs : pollMs * 6);
    };
    timer = setTimeout(tick, 0);
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      clearTimeout(timer);
      timer = setTimeout(tick, 0);
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [article.id, pollMs, router]);

  const done = (state: ActionState) => {
    setNotice(state);
    if (state.status === "success") router.refresh();
  };

  const pinned = desk.updates.find((update) => update.pinned) ?? null;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-3xl font-bold">Live desk</h1>
        {coverage &&
          (live ? (
            <span className="rounded bg-accent px-2 py-0.5 text-xs font-bold tracking-wider text-white uppercase">Live</span>
          ) : (
            <span className="rounded bg-neutral-200 px-2 py-0.5 text-xs font-semibold">Ended {formatDateTimeInZone(new Date(coverage.endedAt!), timeZone)}</span>
          ))}
      </div>
      <p>
        <strong>{article.title}</strong>
        {" · "}
        <Link href={`/dashboard/articles/${article.id}/edit`} className="underline">
          Edit the article
        </Link>
        {article.public && (
          <>
            {" · "}
            <a href={`/articles/${article.slug}`} className="underline" target="_blank" rel="noopener">
              View the live page
            </a>
          </>
        )}
      </p>
      <FormMessage state={notice} />

      {!coverage ? (
        <p>This article is not live coverage. Tick “Live coverage” in its editor to open the desk.</p>
      ) : (
        <>
          <EndOrResume articleId={article.id} live={live} onDone={done} />
          {live ? (
            editing ? (
              <p className="rounded border border-rule p-4 text-sm text-muted">Save or cancel the edit below to post a new update. What you had typed here is kept.</p>
            ) : (
              <Composer articleId={article.id} onDone={done} />
            )
          ) : (
            <p className="text-muted">This live coverage has ended: readers see it marked as ended, with its updates. Resume it to post again.</p>
          )}

          {pinned && (
            <section aria-labelledby="desk-pinned" className="rounded border-2 border-accent p-4">
              <h2 id="desk-pinned" className="section-title">
                What we know so far
              </h2>
              <UpdateView update={pinned} timeZone={timeZone} />
            </section>
          )}

          <section aria-labelledby="desk-updates">
            <h2 id="desk-updates" className="section-title">
              Updates ({desk.updates.length})
            </h2>
            {desk.updates.length === 0 && <p className="mt-4 text-muted">No updates yet.</p>}
            <ol className="mt-4 space-y-6">
              {desk.updates.map((update) => (
                <li key={update.id}>
                  <article aria-label={update.headline || `Update at ${formatTimeInZone(new Date(update.createdAt), timeZone)}`} className="rounded border border-rule p-4">
                    {editing === update.id ? (
                      <EditForm update={update} onClose={() => setEditing(null)} onDone={done} />
                    ) : (
                      <>
                        <UpdateView update={update} timeZone={timeZone} />
                        <div className="mt-3 flex flex-wrap gap-2">
                          <button type="button" className={buttonClass("secondary")} onClick={() => setEditing(update.id)} disabled={editing !== null}>
                            Edit
                          </button>
                          <ButtonAction action={pinLiveUpdateAction.bind(null, update.id)} label={update.pinned ? "Unpin" : "Pin"} onDone={done} />
                          <ButtonAction action={deleteLiveUpdateAction.bind(null, update.id)} label="Delete" variant="danger" onDone={done} />
                        </div>
                        <details className="mt-3 text-sm">
                          <summary className="cursor-pointer text-muted">History</summary>
                          <ol className="mt-2 space-y-1">
                            {update.history.map((change, index) => (
                              <li key={index}>
                                {CHANGE_WORDS[change.kind] ?? change.kind} by {change.by}, {formatDateTimeInZone(new Date(change.at), timeZone)}
                                {change.correction && <> · correction: {change.note}</>}
                              </li>
                            ))}
                          </ol>
                        </details>
                      </>
                    )}
                  </article>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}

function UpdateView({ update, timeZone }: { update: DeskUpdate; timeZone: string }) {
  return (
    <div>
      <p className="text-sm text-muted">
        <time dateTime={update.createdAt}>{formatTimeInZone(new Date(update.createdAt), timeZone)}</time> · {update.author.name}
        {update.keyEvent && <span className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Key event</span>}
        {update.pinned && <span className="ms-2 rounded bg-accent/10 px-1.5 py-0.5 text-xs font-semibold text-accent-dark">Pinned</span>}
        {update.corrected && <span className="ms-2 text-xs">(corrected)</span>}
      </p>
      {update.headline && <h3 className="mt-1 font-serif text-xl font-bold">{update.headline}</h3>}
      <div className="prose mt-2 max-w-none font-serif" dangerouslySetInnerHTML={{ __html: update.html }} />
    </div>
  );
}

function EndOrResume({ articleId, live, onDone }: { articleId: string; live: boolean; onDone: (state: ActionState) => void }) {
  const [state, dispatch, pending] = useActionState(endOrResumeLiveAction.bind(null, articleId), idleState);
  const answered = useRef(state.at);
  useEffect(() => {
    if (state.at === answered.current) return;
    answered.current = state.at;
    onDone(state);
  }, [state, onDone]);
  return (
    <form action={dispatch}>
      <input type="hidden" name="live" value={live ? "end" : "resume"} />
      <button type="submit" disabled={pending} className={buttonClass(live ? "danger" : "primary")}>
        {live ? "End live coverage" : "Resume live coverage"}
      </button>
    </form>
  );
}

/**
 * Pin and Delete: the answer goes to the desk, which stays mounted (a deleted update's own buttons
 * are gone with it by the time the answer is read).
 */
function ButtonAction({
  action,
  label,
  variant = "secondary",
  onDone,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  variant?: "secondary" | "danger";
  onDone: (state: ActionState) => void;
}) {
  const [pending, startAction] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className={buttonClass(variant)}
      onClick={() =>
        startAction(async () => {
          onDone(await action(idleState, new FormData()).catch(() => errorState("The site did not answer. Try again.")));
        })
      }
    >
      {label}
    </button>
  );
}

// The composer's text survives an edit opened meanwhile (the composer is hidden, not lost).
const composerDraft = { headline: "", body: "", keyEvent: false };

function Composer({ articleId, onDone }: { articleId: string; onDone: (state: ActionState) => void }) {
  const [state, dispatch, pending] = useActionState(keepTypedOnFailure(postLiveUpdateAction.bind(null, articleId)), idleState);
  const [round, setRound] = useState(0);
  const [bodyJson, setBodyJson] = useState(composerDraft.body);
  // Posted: a fresh composer for the next update (adjusted during render; the desk hears of it in an effect).
  const [answeredAt, setAnsweredAt] = useState(state.at);
  if (state.at !== answeredAt) {
    setAnsweredAt(state.at);
    if (state.status === "success") {
      Object.assign(composerDraft, { headline: "", body: "", keyEvent: false });
      setBodyJson("");
      setRound((value) => value + 1);
    }
  }
  const told = useRef(state.at);
  useEffect(() => {
    if (state.at === told.current) return;
    told.current = state.at;
    if (state.status === "success") onDone(state);
  }, [state, onDone]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Dispatched by hand so React does not reset the form: a refused update keeps what was typed.
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return (
    <form
      key={round}
      aria-label="New update"
      onSubmit={onSubmit}
      onKeyDown={submitOnModEnter}
      onInput={(event) => {
        const target = event.target as HTMLInputElement;
        if (target.name === "headline") composerDraft.headline = target.value;
        if (target.name === "keyEvent") composerDraft.keyEvent = target.checked;
      }}
      noValidate
      className="space-y-4 rounded border border-rule p-4"
    >
      {state.status === "error" && <FormMessage state={state} />}
      <input type="hidden" name="body" value={bodyJson} />
      <Field name="headline" label="Headline" state={state} defaultValue={composerDraft.headline} hint="Optional. Key events are listed by their headline." maxLength={200} />
      <BodyEditor
        key={round}
        label="Update"
        initialJson={composerDraft.body}
        errors={state.fieldErrors?.body}
        onChange={(json) => {
          composerDraft.body = json;
          setBodyJson(json);
        }}
      />
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" name="keyEvent" defaultChecked={state.values ? state.values.keyEvent === "on" : composerDraft.keyEvent} className="size-4" /> Key event
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          Post update
        </button>
        <span className="text-sm text-muted">or Ctrl+Enter (⌘+Enter on a Mac)</span>
      </div>
    </form>
  );
}

function EditForm({ update, onClose, onDone }: { update: DeskUpdate; onClose: () => void; onDone: (state: ActionState) => void }) {
  const [version, setVersion] = useState(update.version);
  const [state, dispatch, pending] = useActionState<LiveEditState, FormData>(keepTypedOnFailure(editLiveUpdateAction.bind(null, update.id)), idleState);
  const [bodyJson, setBodyJson] = useState(update.bodyJson);
  const [correction, setCorrection] = useState(false);
  const answered = useRef(state.at);
  useEffect(() => {
    if (state.at === answered.current) return;
    answered.current = state.at;
    if (state.status === "success") {
      onDone(state);
      onClose();
    }
  }, [state, onDone, onClose]);
  // Refused for a newer version: the next save is made knowingly over the newer text shown.
  const [conflictAt, setConflictAt] = useState(state.at);
  if (state.at !== conflictAt) {
    setConflictAt(state.at);
    if (state.current) setVersion(state.current.version);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return (
    <form aria-label="Edit update" onSubmit={onSubmit} onKeyDown={submitOnModEnter} noValidate className="space-y-4">
      {/* A saved edit is announced by the desk, where the form closes. */}
      {state.status === "error" && <FormMessage state={state} />}
      {state.current && (
        <div className="rounded border border-amber-400 bg-amber-50 p-3">
          <h3 className="text-sm font-semibold">The newer text, saved by someone else</h3>
          {state.current.headline && <p className="mt-1 font-serif font-bold">{state.current.headline}</p>}
          <div className="prose mt-1 max-w-none font-serif" dangerouslySetInnerHTML={{ __html: state.current.html }} />
        </div>
      )}
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="body" value={bodyJson} />
      <Field name="headline" label="Headline" state={state} defaultValue={update.headline} maxLength={200} />
      <BodyEditor label="Update" initialJson={update.bodyJson} errors={state.fieldErrors?.body} onChange={setBodyJson} />
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" name="keyEvent" defaultChecked={state.values ? state.values.keyEvent === "on" : update.keyEvent} className="size-4" /> Key event
      </label>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" name="correction" checked={correction} onChange={(event) => setCorrection(event.currentTarget.checked)} className="size-4" /> This edit is a
        correction
      </label>
      {(correction || state.fieldErrors?.correctionNote) && (
        <Field name="correctionNote" label="What was corrected" state={state} hint="Readers see it on the corrections page." maxLength={600} />
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          Save
        </button>
        <button type="button" onClick={onClose} className={buttonClass("secondary")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
