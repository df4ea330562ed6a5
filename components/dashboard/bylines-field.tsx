"use client";

import { useId, useRef, useState } from "react";
import { MAX_BYLINES } from "@/lib/articles/bylines";
import { buttonClass, inputClass } from "@/components/ui/styles";

type Props = {
  authors: { id: string; displayName: string }[];
  /** Author ids in order, comma-separated (the form's `bylines` or `translators` field). */
  initial: string;
  /** The signed-in writer, whose own byline a new article starts with when they have no author profile yet. */
  writerName: string;
  errors?: string[];
  /** Bylines (at least one, the writer's own to start with) or translators (none to start with). */
  kind?: "bylines" | "translators";
};

const WORDING = {
  bylines: { legend: "Bylines", item: "Byline", add: "Add a byline", hint: (many: boolean) => `In the order readers see them: “By ${many ? "A and B" : "A"}”.` },
  translators: { legend: "Translated by", item: "Translator", add: "Add a translator", hint: (many: boolean) => `Credited under the bylines: “Translated by ${many ? "A and B" : "A"}”.` },
} as const;

/** The writer's own byline before it exists: the save creates it (an empty byline list means "mine"). */
const OWN = "";

const smallButton = "rounded border border-neutral-400 bg-white px-2 py-1 text-sm hover:border-ink disabled:opacity-40";

/** The article's bylines (or translators) in order: add, remove, reorder. The form sends them as one field. */
export function BylinesField({ authors, initial, writerName, errors, kind = "bylines" }: Props) {
  const wording = WORDING[kind];
  const required = kind === "bylines";
  const known = new Set(authors.map((author) => author.id));
  const [ids, setIds] = useState<string[]>(() => {
    const start = initial.split(",").filter((id) => known.has(id));
    return start.length || !required ? start : [OWN];
  });
  // Only a new article whose writer has no author profile yet starts with nothing to show.
  const [offersOwn] = useState(() => required && !initial.split(",").some((id) => known.has(id)));
  // Alone, the writer's own future byline is a choice like any author; with co-authors it cannot be
  // sent (it has no id yet), so it is offered only while it would be the only byline.
  const owned = ids.includes(OWN);
  const choices = offersOwn && ids.length <= 1 ? [{ id: OWN, displayName: `${writerName} (you)` }, ...authors] : authors;
  const hidden = useRef<HTMLInputElement>(null);
  const baseId = useId();

  function change(next: string[]) {
    setIds(next);
    // The editor counts this as a change (unsaved-changes warning).
    hidden.current?.form?.dispatchEvent(new Event("input", { bubbles: true }));
  }
  const move = (from: number, to: number) => {
    const next = [...ids];
    [next[from], next[to]] = [next[to]!, next[from]!];
    change(next);
  };
  const unused = owned ? [] : authors.filter((author) => !ids.includes(author.id));

  return (
    <fieldset className="min-w-0 space-y-3 rounded border border-rule p-3" aria-describedby={`${baseId}-hint${errors?.length ? ` ${baseId}-error` : ""}`}>
      <legend className="px-1 text-sm font-semibold">{wording.legend}</legend>
      <p id={`${baseId}-hint`} className="text-sm text-muted">
        {wording.hint(ids.length > 1)}
        {owned && " Your own byline is created when you first save; add co-authors after that."}
      </p>
      <input ref={hidden} type="hidden" name={kind} value={ids.join(",")} />
      <ol className="space-y-3">
        {ids.map((id, index) => {
          const name = choices.find((author) => author.id === id)?.displayName ?? `${wording.item.toLowerCase()} ${index + 1}`;
          return (
            <li key={index} className="space-y-1">
              <label htmlFor={`${baseId}-${index}`} className="block text-sm font-semibold">
                {wording.item} {index + 1}
              </label>
              <select
                id={`${baseId}-${index}`}
                value={id}
                aria-invalid={errors?.length ? true : undefined}
                onChange={(event) => change(ids.map((other, n) => (n === index ? event.currentTarget.value : other)))}
                className={inputClass}
              >
                {choices
                  .filter((author) => author.id === id || !ids.includes(author.id))
                  .map((author) => (
                    <option key={author.id} value={author.id}>
                      {author.displayName}
                    </option>
                  ))}
              </select>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={smallButton} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move ${name} up`}>
                  Up
                </button>
                <button type="button" className={smallButton} disabled={index === ids.length - 1} onClick={() => move(index, index + 1)} aria-label={`Move ${name} down`}>
                  Down
                </button>
                <button type="button" className={smallButton} disabled={required && ids.length === 1} onClick={() => change(ids.filter((_, n) => n !== index))} aria-label={`Remove ${name}`}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className={buttonClass("secondary")} disabled={ids.length >= MAX_BYLINES || unused.length === 0} onClick={() => change([...ids, unused[0]!.id])}>
        {wording.add}
      </button>
      {errors?.length ? (
        <p id={`${baseId}-error`} className="text-sm font-medium text-accent">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
