"use client";
// An article's live coverage for readers (docs/decisions/037-live-coverage.md). The server
// renders it with the updates the cached page was built with (readers without JavaScript get those,
// and a sentence saying so); in the browser it asks a short-lived shared answer for the latest change's
// number every few seconds while the tab is visible (six times slower when hidden, never once the
// coverage has ended), then fetches the numbered changes it has not seen, answers that never change,
// and applies them in place. A reader who has scrolled into the updates is not moved: new updates wait
// behind an "N new updates" button, and the tab's title counts them. Announcements are polite; focus
// is never moved.
import { useEffect, useMemo, useRef, useState } from "react";
import { livePaths, liveUpdateAnchor, type LiveCoverageView, type LiveLatest, type PublicLiveChange, type PublicLiveUpdate } from "@/lib/live/public";
import { MAX_CHANGES_PER_RANGE } from "@/lib/live/limits";
import { applyChanges, upsert, type LiveState as State } from "@/lib/live/apply-changes";
import { aroundTag, fill, pluralIn } from "@/lib/i18n/plain-messages";
import type { LiveText } from "./live-text";
import { SCRIPTS_AT_ONCE } from "@/lib/http/scripts-on-demand";

type Props = {
  articleId: string;
  slug: string;
  initial: LiveCoverageView;
  pollMs: number;
  timeZone: string;
  /** The words in the page's language, from the server (`liveText`). */
  text: LiveText;
};

export function LiveUpdates({ articleId, slug, initial, pollMs, timeZone, text }: Props) {
  const [state, setState] = useState<State>({ seq: initial.seq, endedAt: initial.endedAt, updates: initial.updates, waiting: [] });
  const [oldestFirst, setOldestFirst] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const listRef = useRef<HTMLOListElement>(null);
  const stateRef = useRef(state);
  const orderRef = useRef(oldestFirst);
  const baseTitle = useRef<string | null>(null);
  // Strings from the page's messages ("Live", made on the server); times in the page's language, on
  // the site's clocks (`timeZone`).
  const textRef = useRef(text);
  useEffect(() => {
    stateRef.current = state;
    orderRef.current = oldestFirst;
    textRef.current = text;
  }, [state, oldestFirst, text]);

  const live = state.endedAt === null;

  useEffect(() => {
    if (!live) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (ms: number) => {
      clearTimeout(timer);
      if (!stopped) timer = setTimeout(tick, ms);
    };
    async function tick() {
      try {
        const response = await fetch(livePaths.latest(articleId));
        if (response.ok) {
          const latest = (await response.json()) as LiveLatest;
          let current = stateRef.current;
          while (!stopped && latest.seq > current.seq) {
            const to = Math.min(latest.seq, current.seq + MAX_CHANGES_PER_RANGE);
            const answer = await fetch(livePaths.changes(articleId, current.seq, to));
            // Not there yet (another instance behind a cache a moment behind): the next round asks again.
            if (!answer.ok) break;
            const { changes } = (await answer.json()) as { changes: PublicLiveChange[] };
            const list = listRef.current;
            // Newest first, a reader whose view starts below the top of the updates would be moved.
            const hold = !orderRef.current && list !== null && list.getBoundingClientRect().top < 0;
            const applied = applyChanges(current, changes, hold);
            current = applied.state;
            stateRef.current = current;
            setState(current);
            if (applied.posted.length) {
              const first = applied.posted[0]!;
              const say = textRef.current;
              setAnnouncement(
                hold
                  ? pluralIn(say.newAbove, "count", current.waiting.length)
                  : applied.posted.length === 1
                    ? first.headline
                      ? fill(say.newOneHeadline, { headline: first.headline })
                      : say.newOne
                    : pluralIn(say.newMany, "count", applied.posted.length),
              );
            }
          }
        }
      } catch {
        // Offline for a moment: the next round asks again.
      }
      if (stopped || stateRef.current.endedAt !== null) return;
      schedule(document.visibilityState === "visible" ? pollMs : pollMs * 6);
    }
    const onVisible = () => {
      if (document.visibilityState === "visible") schedule(0);
    };
    document.addEventListener("visibilitychange", onVisible);
    schedule(pollMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [articleId, pollMs, live]);

  // The tab's title counts the updates waiting behind the button.
  const waitingCount = state.waiting.length;
  useEffect(() => {
    baseTitle.current ??= document.title;
    document.title = waitingCount ? `(${waitingCount}) ${baseTitle.current}` : baseTitle.current;
  }, [waitingCount]);

  function showWaiting() {
    setState((current) => ({ ...current, updates: current.waiting.reduce(upsert, current.updates), waiting: [] }));
    setAnnouncement("");
    listRef.current?.scrollIntoView({ block: "start" });
  }

  const pinned = state.updates.find((update) => update.pinned) ?? null;
  const keyEvents = useMemo(() => state.updates.filter((update) => update.keyEvent), [state.updates]);
  const ordered = oldestFirst ? [...state.updates].reverse() : state.updates;
  const time = (iso: string) => new Intl.DateTimeFormat(text.locale, { timeStyle: "short", timeZone }).format(new Date(iso));
  const [endedBefore, , endedAfter] = aroundTag(text.endedAt, "time");
  const feeds = livePaths.feeds(slug);

  return (
    <section aria-labelledby="live-heading" id="live" className="mt-10" {...SCRIPTS_AT_ONCE}>
      <div className="flex flex-wrap items-center gap-3 border-b border-rule pb-3">
        {live ? (
          <span className="inline-flex items-center gap-1.5 rounded bg-accent px-2 py-0.5 text-sm font-bold tracking-wider text-white uppercase">
            <span aria-hidden="true" className="size-2 rounded-full bg-white" />
            {text.live}
          </span>
        ) : (
          <span className="rounded bg-neutral-200 px-2 py-0.5 text-sm font-semibold">{text.ended}</span>
        )}
        <h2 id="live-heading" className="font-serif text-2xl font-bold">
          {live ? text.heading : text.endedHeading}
        </h2>
        {!live && state.endedAt && (
          <p className="text-sm text-muted">
            {endedBefore}
            <time dateTime={state.endedAt}>{new Intl.DateTimeFormat(text.locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(new Date(state.endedAt))}</time>
            {endedAfter}
          </p>
        )}
      </div>
      {live && (
        <noscript>
          <p className="mt-3 rounded border border-rule bg-neutral-50 px-3 py-2 text-sm">
            {text.noScript}
          </p>
        </noscript>
      )}

      {pinned && (
        <section aria-labelledby="live-pinned" className="mt-6 rounded border-2 border-accent p-4">
          <h2 id="live-pinned" className="font-serif text-xl font-bold">
            {text.pinned}
          </h2>
          <UpdateBody update={pinned} time={time} headingLevel={3} text={text} />
        </section>
      )}

      {keyEvents.length > 0 && (
        <nav aria-labelledby="live-key-events" className="mt-6">
          <h2 id="live-key-events" className="font-serif text-xl font-bold">
            {text.keyEvents}
          </h2>
          <ul className="mt-2 space-y-1">
            {keyEvents.map((update) => (
              <li key={update.id}>
                <a href={`#${liveUpdateAnchor(update.id)}`} className="underline hover:text-accent">
                  <time dateTime={update.createdAt}>{time(update.createdAt)}</time> {update.headline || update.text.slice(0, 80)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="mt-6 flex flex-wrap items-center gap-3 text-sm">
        <button type="button" aria-pressed={oldestFirst} onClick={() => setOldestFirst((value) => !value)} className="btn btn-secondary">
          {text.oldestFirst}
        </button>
        <a href={feeds.rss} className="underline">
          {text.feed}
        </a>
      </div>

      {/* Announced politely, never moving focus. */}
      <div aria-live="polite" role="status" className="sr-only">
        {announcement}
      </div>
      {waitingCount > 0 && (
        // Fixed to the window, so its arrival moves nothing on the page.
        <div className="fixed inset-x-0 bottom-6 z-20 flex justify-center">
          <button type="button" onClick={showWaiting} className="btn btn-primary shadow-lg">
            {pluralIn(text.waiting, "count", waitingCount)}
          </button>
        </div>
      )}

      {state.updates.length === 0 && <p className="mt-6 text-muted">{text.none}</p>}
      <ol ref={listRef} className="mt-6 space-y-8" aria-label={text.updates}>
        {ordered.map((update) => (
          <li key={update.id}>
            <article id={liveUpdateAnchor(update.id)} aria-label={update.headline || fill(text.updateAt, { time: time(update.createdAt) })} className="scroll-mt-16 border-t-2 border-accent pt-3">
              <UpdateBody update={update} time={time} headingLevel={3} text={text} />
              <p className="mt-2 text-xs">
                <a href={`${livePaths.update(slug, update.id)}`} className="text-muted underline">
                  {text.link}
                </a>
              </p>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}

function UpdateBody({ update, time, headingLevel, text }: { update: PublicLiveUpdate; time: (iso: string) => string; headingLevel: 3; text: LiveText }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <p className="text-sm text-muted">
        <time dateTime={update.createdAt} className="font-semibold text-ink">
          {time(update.createdAt)}
        </time>
        {" · "}
        {update.author.handle ? (
          <a href={`/authors/${update.author.handle}`} className="hover:underline">
            <bdi>{update.author.name}</bdi>
          </a>
        ) : (
          <bdi>{update.author.name}</bdi>
        )}
        {update.keyEvent && <span className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{text.keyEvent}</span>}
        {update.updatedAt !== update.createdAt && <span className="ms-2 text-xs">{fill(text.updatedAt, { time: time(update.updatedAt) })}</span>}
        {update.corrected && <span className="ms-2 text-xs">{text.corrected}</span>}
      </p>
      {update.headline && <Heading className="mt-1 font-serif text-xl font-bold">{update.headline}</Heading>}
      <div className="article-body prose mt-2 max-w-none font-serif prose-a:text-accent" dangerouslySetInnerHTML={{ __html: update.html }} />
    </>
  );
}
