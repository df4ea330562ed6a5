"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useCallback, useEffect, useRef, useState } from "react";
import { keepTypedOnFailure } from "@/lib/actions/keep-typed";
import { autosaveArticleAction, discardAutosaveAction, saveArticleAction } from "@/lib/articles/actions";
import type { ArticleIntent } from "@/lib/articles/schemas";
import { idleState } from "@/lib/actions/state";
import { slugify } from "@/lib/content/slug";
import { languageAttributes } from "@/lib/editions/attributes";
import { editionHref } from "@/lib/editions/href";
import type { EditorOptions } from "@/lib/articles/dashboard-queries";
import { formatTimeInZone, fromZonedInputValue, toZonedInputValue } from "@/lib/format-core";
import { Field, FormMessage } from "@/components/ui/form";
import { HeroImageFromLibrary } from "@/components/media/hero-image-from-library";
import { BylinesField } from "@/components/dashboard/bylines-field";
import { SeoPreview } from "@/components/dashboard/seo-preview";
import { EditionField } from "@/components/dashboard/edition-field";
import { buttonClass } from "@/components/ui/styles";
import { BodyEditor } from "@/components/editor/body-editor";

export type EditorValues = Record<string, string>;

export type ArticleEditorProps = {
  articleId: string | null;
  version: number;
  initial: EditorValues;
  /** Said when the form opens with unsaved changes put back ("Restored … from <time>"), else null. */
  restoredNote: string | null;
  status: "new" | "DRAFT" | "IN_REVIEW" | "SCHEDULED_FUTURE" | "PUBLIC" | "ARCHIVED";
  canPublish: boolean;
  heroImageUrl: string | null;
  /** Sections to file it in, each with its edition (a new article shows the chosen edition's). */
  categories: { id: string; name: string; editionId: string }[];
  /** A new article's editions to choose from, the default first (null: one edition, or an existing article). */
  editions: { id: string; name: string }[] | null;
  /** An existing article's edition (null: a new article, whose Edition field chooses). */
  editionId: string | null;
  /** Each edition's language, direction and path: the text fields follow the article's. */
  writing: EditorOptions["writing"];
  authors: { id: string; displayName: string }[] | null;
  writerName: string;
  notice: string | null;
  /** The site's IANA time zone: times are shown, and the schedule field read, on its clocks. */
  timeZone: string;
  /** The zone as people read it: "Europe/Paris (CET)". */
  timeZoneName: string;
};

const AUTOSAVE_EVERY_MS = 4000;

/** The fields as a plain object, to autosave. */
function readFields(form: HTMLFormElement): EditorValues {
  const values: EditorValues = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    if (!element.name || element.type === "file" || element.type === "hidden" || element.type === "submit") continue;
    values[element.name] = element instanceof HTMLInputElement && element.type === "checkbox" ? (element.checked ? "on" : "") : element.value;
  }
  return values;
}

export function ArticleEditor(props: ArticleEditorProps) {
  const { articleId, initial, timeZone } = props;
  // The autosave on its way to the server, if any, and whether a save has been sent and not answered.
  // A save waits for the autosave in flight, and no autosave starts while a save is on its way: the
  // save deletes the kept copy, and a copy written after it would come back as an unsaved draft of
  // an article that was saved (with a new article, offered again on the next "New article").
  const autosaving = useRef<Promise<unknown> | null>(null);
  const saving = useRef(false);
  const [state, dispatch, pending] = useActionState(keepTypedOnFailure(saveArticleAction.bind(null, articleId)), idleState);
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const [version, setVersion] = useState(props.version);
  const [dirty, setDirty] = useState(props.restoredNote !== null);
  const [autosaveNote, setAutosaveNote] = useState<string | null>(props.restoredNote);
  const [slugHint, setSlugHint] = useState(slugify(initial.title ?? ""));
  // The slug as typed: the address hint follows it, and the title's only when it is empty.
  const [slugTyped, setSlugTyped] = useState(state.values?.slug ?? initial.slug ?? "");
  // The body document as JSON, sent in the hidden "body" field and kept by autosave.
  const [bodyJson, setBodyJson] = useState(initial.body ?? "");
  const bodyRef = useRef(bodyJson);
  // The schedule field as typed, on the site's clocks; the form sends the instant it means.
  // A new article's edition, which decides the sections offered (the default edition's to start with).
  // (A site of one edition offers no choice: that edition.)
  const [edition, setEdition] = useState(() => props.editionId || initial.editionId || props.editions?.[0]?.id || Object.keys(props.writing)[0] || "");
  // The text fields take the edition's language and direction: an Arabic story is typed right to left.
  const writing = props.writing[edition];
  const written = writing ? languageAttributes(writing) : {};
  const [publishAtLocal, setPublishAtLocal] = useState(() => (initial.publishAt ? toZonedInputValue(new Date(initial.publishAt), timeZone) : ""));
  const publishAt = fromZonedInputValue(publishAtLocal, timeZone)?.toISOString() ?? "";
  const changedSinceAutosave = useRef(false);
  const leaving = useRef(false);

  // A successful save: the server has everything, nothing is pending any more (adjusted during
  // render, so no second pass; the autosave flag and the refresh are outside React, in an effect).
  const [answeredAt, setAnsweredAt] = useState(state.at);
  if (state.at !== answeredAt) {
    setAnsweredAt(state.at);
    if (state.status === "success") {
      if (state.version) setVersion(state.version);
      setDirty(false);
      setAutosaveNote(null);
    }
  }
  useEffect(() => {
    // Answered (a new article's first save navigates to its edit page instead): autosave may go on.
    saving.current = false;
    if (state.status === "success") {
      changedSinceAutosave.current = false;
      // Status, buttons and badge follow the saved article; typed fields are kept as they are.
      router.refresh();
    }
  }, [state, router]);

  const onBodyChange = useCallback((json: string) => {
    bodyRef.current = json;
    setBodyJson(json);
    setDirty(true);
    changedSinceAutosave.current = true;
  }, []);

  // Autosave every few seconds while there are changes (to the server, never to the live article).
  useEffect(() => {
    const timer = setInterval(async () => {
      const form = formRef.current;
      if (!form || !changedSinceAutosave.current || saving.current || autosaving.current) return;
      changedSinceAutosave.current = false;
      // A server that does not answer is said like any other failure; the form keeps everything.
      const call = autosaveArticleAction(articleId, { ...readFields(form), body: bodyRef.current, publishAt }).catch(() => ({ message: "the site did not answer." }));
      autosaving.current = call;
      const result = await call;
      autosaving.current = null;
      const savedAt = "savedAt" in result && typeof result.savedAt === "string" ? result.savedAt : null;
      // Not kept: try again on the next round.
      if (!savedAt) changedSinceAutosave.current = true;
      setAutosaveNote(
        savedAt
          ? `Unsaved changes kept as a draft copy at ${formatTimeInZone(new Date(savedAt), timeZone)}.`
          : `Could not keep a copy of your changes: ${result.message}`,
      );
    }, AUTOSAVE_EVERY_MS);
    return () => clearInterval(timer);
  }, [articleId, publishAt, timeZone]);

  // Warn before leaving with unsaved changes.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function onInput(event: React.FormEvent<HTMLFormElement>) {
    setDirty(true);
    changedSinceAutosave.current = true;
    const target = event.target as HTMLInputElement;
    if (target.name === "title") setSlugHint(slugify(target.value));
    if (target.name === "slug") setSlugTyped(target.value);
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Dispatch by hand so React does not reset the form: what was typed stays, whatever the outcome.
    event.preventDefault();
    if (saving.current) return;
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    saving.current = true;
    await autosaving.current;
    startTransition(() => dispatch(formData));
  }

  async function discardRestored() {
    await discardAutosaveAction(articleId);
    leaving.current = true;
    window.location.reload();
  }

  const value = (name: string) => state.values?.[name] ?? initial[name] ?? "";
  const buttons: { intent: ArticleIntent; label: string; variant: "primary" | "secondary" | "danger" }[] = [];
  const { status, canPublish } = props;
  if (canPublish) {
    const archive = { intent: "archive", label: "Archive", variant: "danger" } as const;
    if (status === "PUBLIC")
      buttons.push({ intent: "update", label: "Update", variant: "primary" }, { intent: "unpublish", label: "Unpublish", variant: "danger" }, archive);
    else if (status === "SCHEDULED_FUTURE")
      buttons.push(
        { intent: "update", label: "Update", variant: "primary" },
        { intent: "publish", label: "Publish now", variant: "secondary" },
        { intent: "schedule", label: "Schedule", variant: "secondary" },
        { intent: "unpublish", label: "Unpublish", variant: "danger" },
      );
    else if (status === "ARCHIVED")
      buttons.push(
        { intent: "save", label: "Save", variant: "secondary" },
        { intent: "unpublish", label: "Move to drafts", variant: "secondary" },
        { intent: "publish", label: "Publish", variant: "primary" },
      );
    else
      buttons.push(
        { intent: "save", label: "Save draft", variant: "secondary" },
        { intent: "publish", label: "Publish", variant: "primary" },
        { intent: "schedule", label: "Schedule", variant: "secondary" },
        ...(status === "IN_REVIEW" ? [{ intent: "unpublish", label: "Send back to the author", variant: "secondary" } as const] : []),
        ...(status === "new" ? [] : [archive]),
      );
  } else if (status === "new" || status === "DRAFT") {
    buttons.push({ intent: "save", label: "Save draft", variant: "secondary" }, { intent: "submit", label: "Submit for review", variant: "primary" });
  } else if (status === "IN_REVIEW") {
    buttons.push({ intent: "save", label: "Save draft", variant: "primary" });
  }

  return (
    <form ref={formRef} aria-label="Article editor" onSubmit={onSubmit} onInput={onInput} onChange={onInput} noValidate encType="multipart/form-data" className="space-y-6">
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="body" value={bodyJson} />
      <input type="hidden" name="publishAt" value={publishAt} />
      {props.notice && !state.message && <p role="status" className="rounded border border-green-700 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">{props.notice}</p>}
      <FormMessage state={state} />
      {autosaveNote && (
        <div className="flex flex-wrap items-center gap-3 text-sm text-muted" role="status" aria-live="polite">
          <span>{autosaveNote}</span>
          {props.restoredNote && dirty && (
            <button type="button" onClick={discardRestored} className="underline">
              Discard them
            </button>
          )}
        </div>
      )}

      {/* Both columns may shrink below their content's widest line: the page never scrolls sideways. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,20rem)]">
        <div className="min-w-0 space-y-5">
          <Field name="title" label="Title" state={state} defaultValue={value("title")} required {...written} />
          <Field
            name="slug"
            label="Slug"
            state={state}
            defaultValue={value("slug")}
            hint={`The address: ${editionHref(writing ?? { path: "", isDefault: true }, `/articles/${slugTyped.trim() || slugHint || "…"}`)}. Leave empty to make it from the title.`}
          />
          <Field name="standfirst" label="Standfirst" state={state} defaultValue={value("standfirst")} hint="One or two sentences under the headline.">
            {(control) => <textarea {...control} {...written} rows={2} />}
          </Field>
          <BodyEditor initialJson={initial.body ?? ""} errors={state.fieldErrors?.body} onChange={onBodyChange} written={written} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="sourceName" label="Source name" state={state} defaultValue={value("sourceName")} hint="Shown as “Original Source”, e.g. www.france24.com." />
            <Field name="sourceUrl" label="Source URL" type="url" state={state} defaultValue={value("sourceUrl")} />
          </div>
        </div>

        <div className="min-w-0 space-y-5">
          <div className="flex flex-wrap gap-2">
            {buttons.map((button) => (
              <button key={button.intent} type="submit" name="intent" value={button.intent} disabled={pending} className={buttonClass(button.variant)}>
                {button.label}
              </button>
            ))}
            {articleId && (
              <a href={`/api/preview?id=${articleId}`} target="_blank" rel="noopener" className={buttonClass("secondary")}>
                Preview
              </a>
            )}
          </div>
          {canPublish && status === "IN_REVIEW" && (
            <Field name="editorNote" label="Note to the author" state={state} defaultValue={value("editorNote")} hint="Emailed to the author with Publish, Schedule or Send back.">
              {(control) => <textarea {...control} rows={3} maxLength={2000} />}
            </Field>
          )}
          {buttons.length === 0 && <p className="text-sm text-muted">This article is published or scheduled; only an editor can change it now.</p>}
          {buttons.some((button) => button.intent === "schedule") && (
            <Field
              name="publishAtLocal"
              label="Publish time (for Schedule)"
              type="datetime-local"
              step={1}
              state={state}
              errors={state.fieldErrors?.publishAt}
              hint={`Times are in ${props.timeZoneName}.`}
              defaultValue={publishAtLocal}
              onChange={(event) => setPublishAtLocal(event.currentTarget.value)}
            />
          )}
          {props.authors && <BylinesField authors={props.authors} initial={value("bylines")} writerName={props.writerName} errors={state.fieldErrors?.bylines} />}
          {props.authors && <BylinesField kind="translators" authors={props.authors} initial={value("translators")} writerName={props.writerName} errors={state.fieldErrors?.translators} />}
          {props.editions && (
            <EditionField editions={props.editions} state={state} defaultValue={edition} onChange={setEdition} hint="A story belongs to one edition; its translations are added from the editor once it is saved." />
          )}
          <Field name="categoryId" label="Category" state={state} defaultValue={value("categoryId")}>
            {(control) => (
              <select {...control}>
                <option value="">No category</option>
                {props.categories.filter((category) => !props.editions || category.editionId === edition).map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="tags" label="Tags" state={state} defaultValue={value("tags")} hint="Separate with commas. New tags are created." />
          <fieldset className="min-w-0 space-y-3 rounded border border-rule p-3">
            <legend className="px-1 text-sm font-semibold">Hero image</legend>
            {props.heroImageUrl && (
              <>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={props.heroImageUrl} alt="" className="w-full rounded" />
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="removeHeroImage" /> Remove this image
                </label>
              </>
            )}
            <Field name="heroImage" label={props.heroImageUrl ? "Replace image" : "Image"} type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" state={state} hint="JPEG, PNG, WebP, AVIF or GIF, up to 5 MB. Uploads go into the media library." />
            <HeroImageFromLibrary errors={state.fieldErrors?.heroMediaId} />
            <Field name="heroImageAlt" label="Alt text" state={state} defaultValue={value("heroImageAlt")} hint="Required with an image: what it shows." />
          </fieldset>
          <label className="flex items-center gap-2 text-sm font-semibold">
            <input type="checkbox" name="repliesOpen" defaultChecked={value("repliesOpen") === "on"} className="size-4" /> Replies open
          </label>
          <fieldset className="min-w-0 space-y-3 rounded border border-rule p-3">
            <legend className="px-1 text-sm font-semibold">Search engines</legend>
            <Field name="seoTitle" label="SEO title" state={state} defaultValue={value("seoTitle")} hint="Optional; the title is used if empty." />
            <Field name="seoDescription" label="SEO description" state={state} defaultValue={value("seoDescription")} hint="Optional; the standfirst is used if empty.">
              {(control) => <textarea {...control} rows={3} />}
            </Field>
            <SeoPreview imageUrl={props.heroImageUrl} />
          </fieldset>
          {articleId && (
            <p className="text-sm">
              <Link href={`/dashboard/articles/${articleId}/revisions`} className="underline">
                Revisions
              </Link>
            </p>
          )}
        </div>
      </div>
    </form>
  );
}
