"use client";

// The reply form: the article page's only client island. It posts to a server action, and works as
// plain HTML too: before the page's scripts have run, or with JavaScript off, the browser posts it to
// the action (React writes the action's id into the form), and Next.js answers with the page showing
// the action's answer. Nothing typed ever goes into an address. The page itself stays static (nothing
// about the reader is rendered on the server into the cached page). A reader's own pending replies
// are remembered in this browser only and shown here, marked as awaiting moderation.
// docs/decisions/009-replies-and-moderation.md, 029-replies-without-javascript.md
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { issueReplyTokenAction, postReplyAction, type ReplyFormState } from "@/lib/replies/actions";
import { keepTypedOnFailure } from "@/lib/actions/keep-typed";
import { REPLY_BODY_MAX, REPLY_NAME_MAX } from "@/lib/replies/limits";
import { Field, FormMessage } from "@/components/ui/form";
import { buttonClass } from "@/components/ui/styles";
import { HoneypotField } from "@/components/ui/honeypot";
import { answerIn, type ReplyAnswerTexts } from "@/lib/replies/reader-messages";
import { aroundTag, fill } from "@/lib/i18n/plain-messages";
import type { ReplyFormText } from "./reply-form-text";
import { SCRIPTS_WHEN_NEAR } from "@/lib/http/scripts-on-demand";

type Pending = { id: string; name: string; body: string; createdAt: string; parentId: string | null };
type Commenter = { name: string; email: string; website: string };

const pendingKey = (articleId: string) => `gazette:pending-replies:${articleId}`;
const COMMENTER_KEY = "gazette:commenter";
const IDLE: ReplyFormState = { status: "idle" };

/** The form's state with its message and field errors in the page's language (lib/replies/reader-messages.ts). */
function translated(texts: ReplyAnswerTexts, state: ReplyFormState): ReplyFormState {
  if (!state.message && !state.fieldErrors) return state;
  const fieldErrors = state.fieldErrors && Object.fromEntries(Object.entries(state.fieldErrors).map(([name, errors]) => [name, errors?.map((text) => answerIn(texts, text))]));
  return { ...state, message: state.message && answerIn(texts, state.message), fieldErrors };
}

/** "Reply to <bdi>{name}</bdi>" (the page's sentence, `ReplyFormText.replyTo`) with the name in its place. */
function replyToHeading(sentence: string, name: string): React.ReactNode {
  const [before, inside, after] = aroundTag(sentence, "bdi").map((text) => fill(text, { name }));
  return (
    <>
      {before}
      {inside && <bdi>{inside}</bdi>}
      {after}
    </>
  );
}

function readJson<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? "null") as T) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Nothing changes after hydration: the server renders "not ready", the browser "ready". */
const subscribeToNothing = () => () => {};

/**
 * `pageToken` is the article page's own token (lib/replies/token.ts), sent when the form is used
 * without its script; `permalink` is the page's address, where the form posts without JavaScript;
 * `text` its words in the page's language, from the server (`replyFormText`).
 */
export function ReplyForm({ articleId, pageToken, permalink, text: t }: { articleId: string; pageToken: string; permalink: string; text: ReplyFormText }) {
  const router = useRouter();
  // Two states, one answer. The first is the form as plain HTML: the server action itself, so React
  // renders the form to post to it, and after such a post Next.js renders the page with its answer
  // (at the permalink, which ends in #respond so the browser scrolls back to the form). The second is
  // the form once its script runs: the same action, but a failed request keeps what was typed.
  // The action is not bound to the article (the article is a field): when the page answers a post,
  // React compares a bound action's arguments, which it must await, and the server's renderer retries
  // the component with a new binding each time, without end (React 19.3, Next.js 16.4).
  const [postedWithoutScript, postWithoutScript] = useActionState<ReplyFormState, FormData>(postReplyAction, IDLE, permalink);
  const [postedWithScript, dispatch, pending] = useActionState<ReplyFormState, FormData>(keepTypedOnFailure(postReplyAction), IDLE);
  const state = (postedWithScript.at ?? 0) >= (postedWithoutScript.at ?? 0) ? postedWithScript : postedWithoutScript;
  const shown = translated(t.answers, state);
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const formRef = useRef<HTMLFormElement>(null);
  const commentRef = useRef<HTMLTextAreaElement | null>(null);
  // The page's token until the timing token has come (fetched at the first keystroke).
  const [token, setToken] = useState(pageToken);
  const tokenRequest = useRef<Promise<string> | null>(null);
  // A comment begun before the script ran cannot be timed: when typing began is unknown.
  const typedBeforeScript = useRef(false);
  const [replyTo, setReplyTo] = useState<{ id: string; name: string } | null>(null);
  const [mine, setMine] = useState<Pending[]>([]);
  const [commenter, setCommenter] = useState<Commenter | null>(null);

  // What this browser remembers: the commenter's details and their replies awaiting moderation.
  // localStorage exists only in the browser, so it is read after hydration, not during render.
  useEffect(() => {
    if (commentRef.current?.value) typedBeforeScript.current = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser storage once, after hydration
    setCommenter(readJson<Commenter | null>(COMMENTER_KEY, null));
    const stored = readJson<Pending[]>(pendingKey(articleId), []);
    // Once approved, a reply is in the page itself; stop showing the local copy. One just posted
    // without the script (the page came back with it) is shown already: keep it, once.
    setMine((shown) => [...stored.filter((reply) => !shown.some((own) => own.id === reply.id)), ...shown].filter((reply) => !document.getElementById(`reply-${reply.id}`)));
  }, [articleId]);

  // "Reply" links on approved replies (server-rendered) point here; delegate their clicks.
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest<HTMLElement>("[data-reply-to]");
      if (!link) return;
      event.preventDefault();
      setReplyTo({ id: link.dataset.replyTo!, name: link.dataset.replyName ?? "" });
      formRef.current?.scrollIntoView({ block: "start" });
      commentRef.current?.focus();
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  // A new answer from the action: show a pending reply under the form at once (during render, so
  // there is no second pass, and so that a page answering a post without script shows it too), then
  // remember it in this browser and clear the comment (effects).
  const [answeredAt, setAnsweredAt] = useState<number | undefined>(undefined);
  if (state.at !== answeredAt) {
    setAnsweredAt(state.at);
    const posted = state.status === "success" ? state.posted : undefined;
    if (posted) {
      if (posted.status === "PENDING") setMine((current) => [...current.filter((reply) => reply.id !== posted.id), posted]);
      setReplyTo(null);
    }
  }

  useEffect(() => {
    if (state.status !== "success" || !state.posted) return;
    const posted = state.posted;
    if (posted.status === "PENDING") {
      const next = [...readJson<Pending[]>(pendingKey(articleId), []).filter((reply) => reply.id !== posted.id), posted];
      localStorage.setItem(pendingKey(articleId), JSON.stringify(next.slice(-20)));
    } else {
      router.refresh();
    }
    if (commentRef.current) commentRef.current.value = "";
  }, [state, articleId, router]);

  function startedWriting() {
    if (typedBeforeScript.current || tokenRequest.current) return;
    // Without a timing token (the article stopped taking replies; or the server could not be
    // reached, and then the next keystroke asks again) the page's token stays.
    tokenRequest.current = issueReplyTokenAction(articleId).then(
      (timed) => {
        if (timed) setToken(timed);
        return timed || pageToken;
      },
      () => {
        tokenRequest.current = null;
        return pageToken;
      },
    );
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Dispatch by hand: React would otherwise reset the form, and nothing typed may be lost.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    localStorage.setItem(
      COMMENTER_KEY,
      JSON.stringify({ name: formData.get("name"), email: formData.get("email"), website: formData.get("website") }),
    );
    // A comment pasted and sent at once: its timing token may still be on its way.
    const timing = tokenRequest.current;
    startTransition(async () => {
      if (timing) formData.set("token", await timing);
      startTransition(() => dispatch(formData));
    });
  }

  return (
    <section aria-labelledby="leave-a-reply" id="respond" className="mt-10 scroll-mt-4 border-t border-rule pt-8" {...SCRIPTS_WHEN_NEAR}>
      <h2 id="leave-a-reply" className="section-title">
        {replyTo ? replyToHeading(t.replyTo, replyTo.name) : t.heading}
      </h2>
      <p className="mt-2 text-sm text-muted">
        {t.required}
      </p>
      {replyTo && (
        <p className="mt-2 text-sm">
          <button type="button" onClick={() => setReplyTo(null)} className="font-semibold text-accent underline">
            {t.cancel}
          </button>
        </p>
      )}
      <form
        ref={formRef}
        id="reply-form"
        action={postWithoutScript}
        onSubmit={onSubmit}
        onInput={startedWriting}
        noValidate
        className="mt-4 space-y-4"
        aria-label={t.heading}
        data-hydrated={hydrated ? "" : undefined}
      >
        <FormMessage state={shown} />
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="parentId" value={replyTo?.id ?? ""} />
        <input type="hidden" name="token" value={token} />
        <HoneypotField />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field key={`name-${commenter?.name ?? ""}`} name="name" label={t.name} autoComplete="name" dir="auto" state={shown} defaultValue={commenter?.name} required maxLength={REPLY_NAME_MAX} />
          <Field key={`email-${commenter?.email ?? ""}`} name="email" label={t.email} type="email" autoComplete="email" dir="auto" state={shown} defaultValue={commenter?.email} required />
        </div>
        <Field key={`website-${commenter?.website ?? ""}`} name="website" label={t.website} type="url" autoComplete="url" dir="auto" state={shown} defaultValue={commenter?.website} />
        <Field name="body" label={t.comment} state={shown} required>
          {(control) => (
            <textarea
              {...control}
              ref={(element) => {
                commentRef.current = element;
              }}
              rows={6}
              dir="auto"
              maxLength={REPLY_BODY_MAX}
            />
          )}
        </Field>
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {t.submit}
        </button>
      </form>
      {/* Under the form, as WordPress places it; part of the form through the form attribute. */}
      <div className="mt-3">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="notifyReplies" form="reply-form" defaultChecked={state.values?.notifyReplies === "on"} aria-describedby="notify-replies-hint" className="mt-1" />
          <span>{t.notify}</span>
        </label>
        <p id="notify-replies-hint" className="ms-6 text-sm text-muted">
          {t.notifyHint}
        </p>
      </div>
      {mine.length > 0 && (
        <section aria-labelledby="your-pending-replies" className="mt-8">
          <h3 id="your-pending-replies" className="font-serif text-lg font-bold">
            {t.yours}
          </h3>
          <ol className="mt-3 space-y-4">
            {mine.map((reply) => (
              <li key={reply.id}>
                <article aria-label={t.yoursLabel} className="rounded border border-dashed border-neutral-400 bg-surface p-4">
                  <p className="text-sm">
                    <bdi className="font-semibold">{reply.name}</bdi> <em className="text-muted">{t.awaiting}</em>
                  </p>
                  <p dir="auto" className="mt-2 whitespace-pre-line">{reply.body}</p>
                </article>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
