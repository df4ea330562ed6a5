"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { deleteMediaAction, updateMediaAction } from "@/lib/media/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export type MediaCardProps = {
  id: string;
  url: string;
  filename: string;
  alt: string;
  caption: string;
  credit: string;
  details: string;
  canEdit: boolean;
  canDelete: boolean;
};

/** One image of the library: its words to edit and, for editors, a delete button. */
export function MediaCard(props: MediaCardProps) {
  const [saveState, save] = useActionState(updateMediaAction, idleState);
  const [deleteState, remove] = useActionState(deleteMediaAction, idleState);
  const headingId = `media-${props.id}`;
  return (
    <li aria-labelledby={headingId} className="space-y-3 rounded border border-rule bg-white p-3">
      {/* eslint-disable-next-line @next/next/no-img-element -- a dashboard thumbnail of the stored file */}
      <img src={props.url} alt={props.alt} loading="lazy" className="aspect-[4/3] w-full rounded bg-neutral-100 object-contain" />
      <div>
        <h2 id={headingId} className="font-semibold break-all">
          {props.filename}
        </h2>
        <p className="text-sm text-muted">{props.details}</p>
      </div>
      {props.canEdit ? (
        <form action={save} noValidate className="space-y-2">
          <input type="hidden" name="id" value={props.id} />
          <FormMessage state={saveState} />
          <Field name="alt" label={`Alt text of ${props.filename}`} state={saveState} defaultValue={props.alt} />
          <Field name="caption" label={`Caption of ${props.filename}`} state={saveState} defaultValue={props.caption} />
          <Field name="credit" label={`Credit of ${props.filename}`} state={saveState} defaultValue={props.credit} />
          <SubmitButton variant="secondary">Save {props.filename}</SubmitButton>
        </form>
      ) : (
        <dl className="text-sm">
          <dt className="font-semibold">Alt text</dt>
          <dd>{props.alt || "—"}</dd>
          <dt className="font-semibold">Caption</dt>
          <dd>{props.caption || "—"}</dd>
          <dt className="font-semibold">Credit</dt>
          <dd>{props.credit || "—"}</dd>
        </dl>
      )}
      {props.canDelete && (
        <form action={remove} className="space-y-2">
          <input type="hidden" name="id" value={props.id} />
          <FormMessage state={deleteState} />
          <SubmitButton variant="danger">Delete {props.filename}</SubmitButton>
        </form>
      )}
    </li>
  );
}
