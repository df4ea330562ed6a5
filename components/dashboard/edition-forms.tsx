"use client";

// Settings → Editions: the form that adds or edits an edition, and each row's "Make default" and
// "Delete". docs/decisions/047-editions.md
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/actions/state";
import { deleteEditionAction, makeDefaultEditionAction, saveEditionAction } from "@/lib/editions/actions";
import { EDITION_LANGUAGES, languageName } from "@/lib/editions/languages";
import { EDITION_DESCRIPTION_MAX, proposedDirection, type EditionDirection } from "@/lib/editions/schemas";

/** "English, French, Spanish and Arabic": the languages of messages/. */
const MESSAGE_LANGUAGE_NAMES = new Intl.ListFormat("en", { type: "conjunction" }).format(EDITION_LANGUAGES.map(languageName));

type EditedEdition = { id: string; language: string; name: string; path: string; direction: EditionDirection; description: string };

/**
 * Add an edition (no `edition`) or edit one. While Text direction has not been touched, typing a
 * Language proposes the direction of its script (Arabic, Hebrew… right to left). Without
 * JavaScript the select stays on "From the language" and the action does the same.
 */
export function EditionForm({ edition, onDone }: { edition?: EditedEdition; onDone?: string }) {
  const [state, action] = useActionState(saveEditionAction.bind(null, edition?.id ?? null), idleState);
  const direction = useRef<HTMLSelectElement>(null);
  const directionTouched = useRef(false);
  // A new edition's form starts afresh once one is added: the next language proposes again.
  useEffect(() => {
    if (state.status === "success") directionTouched.current = false;
  }, [state]);
  const value = (name: keyof Omit<EditedEdition, "id">) => state.values?.[name] ?? edition?.[name] ?? "";
  return (
    <form action={action} noValidate aria-labelledby="edition-form-heading" className="max-w-xl space-y-5">
      <h2 id="edition-form-heading" className="section-title">
        {edition ? `Edit ${edition.name}` : "Add an edition"}
      </h2>
      <FormMessage state={state} />
      <Field
        name="language"
        label="Language"
        state={state}
        defaultValue={value("language")}
        required
        autoComplete="off"
        spellCheck={false}
        hint={`A BCP 47 tag, like fr, es, ar or fr-CA. Readers' pages have messages in ${MESSAGE_LANGUAGE_NAMES}.`}
        onChange={(event) => {
          if (directionTouched.current || !direction.current) return;
          const language = event.currentTarget.value.trim();
          direction.current.value = language ? proposedDirection(language) : "";
        }}
      />
      <Field name="name" label="Name" state={state} defaultValue={value("name")} required dir="auto" hint="As its readers write it: Français, العربية." />
      <Field name="path" label="Path" state={state} defaultValue={value("path")} required autoComplete="off" spellCheck={false} hint="The first part of its addresses: fr gives /fr. The default edition is served at / without it." />
      <Field
        name="description"
        label="Tagline"
        state={state}
        defaultValue={value("description")}
        dir="auto"
        hint={`Under the site's name on every page of the edition, in its language; at most ${EDITION_DESCRIPTION_MAX} characters. Empty: the site's own tagline.`}
      />
      <Field name="direction" label="Text direction" state={state} defaultValue={value("direction")}>
        {(control) => (
          // The key puts the select back on its default value when a new answer comes.
          <select
            {...control}
            key={state.at ?? 0}
            ref={direction}
            onChange={() => {
              directionTouched.current = true;
            }}
          >
            <option value="">From the language</option>
            <option value="LTR">Left to right (LTR)</option>
            <option value="RTL">Right to left (RTL)</option>
          </select>
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{edition ? "Save" : "Add edition"}</SubmitButton>
        {edition && onDone && (
          <Link href={onDone} className="text-sm underline">
            Cancel
          </Link>
        )}
      </div>
    </form>
  );
}

function latest(...states: ActionState[]): ActionState {
  return states.reduce((a, b) => ((b.at ?? 0) > (a.at ?? 0) ? b : a), idleState);
}

/** A row's buttons: "Make default" and "Delete" (neither on the default edition). */
export function EditionRowActions({ id, name }: { id: string; name: string }) {
  const [defaultState, makeDefault] = useActionState(makeDefaultEditionAction, idleState);
  const [deleteState, remove] = useActionState(deleteEditionAction, idleState);
  const outcome = latest(defaultState, deleteState);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={makeDefault}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant="secondary">Make default</SubmitButton>
        </form>
        <form action={remove}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant="danger">
            Delete<span className="sr-only"> {name}</span>
          </SubmitButton>
        </form>
      </div>
      {outcome.status === "error" && <FormMessage state={outcome} />}
    </div>
  );
}
