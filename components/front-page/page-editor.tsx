"use client";

// A page of the site's own, written with the article's editor.
import { useActionState, useState } from "react";
import { BodyEditor } from "@/components/editor/body-editor";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { EditionField } from "@/components/dashboard/edition-field";
import { idleState } from "@/lib/actions/state";
import { languageAttributes } from "@/lib/editions/attributes";
import { saveSitePageAction } from "@/lib/pages/actions";

type Writing = { language: string; direction: "LTR" | "RTL" };

type Props = {
  page: { id: string; title: string; slug: string; body: string; published: boolean; edition: Writing } | null;
  notice?: string;
  /** A new page's editions to choose from, the default first (an existing page: none). */
  editions?: ({ id: string; name: string } & Writing)[];
};

export function PageEditor({ page, notice, editions }: Props) {
  const [state, action] = useActionState(saveSitePageAction.bind(null, page?.id ?? null), idleState);
  const [body, setBody] = useState(state.values?.body ?? page?.body ?? "");
  const value = (name: "title" | "slug") => state.values?.[name] ?? page?.[name] ?? "";
  const published = state.values ? state.values.published === "on" : (page?.published ?? true);
  const [editionId, setEditionId] = useState(state.values?.editionId ?? editions?.[0]?.id);
  // The page's words are typed in its edition's language and direction (an Arabic page right to left).
  const edition = page?.edition ?? editions?.find((choice) => choice.id === editionId);
  const words = edition ? languageAttributes(edition) : {};
  return (
    <form action={action} aria-label="Page editor" className="max-w-4xl space-y-5">
      {notice && !state.message && (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">
          {notice}
        </p>
      )}
      <FormMessage state={state} />
      <input type="hidden" name="body" value={body} />
      {editions && editions.length > 1 && (
        <EditionField editions={editions} state={state} defaultValue={editionId} onChange={setEditionId} hint="The page's address is inside its edition's: /fr/about for French." />
      )}
      <Field name="title" label="Title" state={state} defaultValue={value("title")} required maxLength={120} {...words} />
      <Field name="slug" label="Address" state={state} defaultValue={value("slug")} required hint="The page's address after the site's: about gives /about." />
      <BodyEditor initialJson={page?.body ?? ""} errors={state.fieldErrors?.body} onChange={setBody} written={words} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={published} key={String(published)} />
        Published (readers see it)
      </label>
      <SubmitButton>Save page</SubmitButton>
    </form>
  );
}
