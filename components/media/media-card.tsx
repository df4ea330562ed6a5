"use client";

import { useActionState, useState, type MouseEvent } from "react";
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
  /** A reader's copy small enough for the library's thumbnail (the 400-pixel WebP), or the image itself. */
  thumbnailUrl: string;
  width: number | null;
  height: number | null;
  /** What the original carries that readers' copies do not ("" for nothing); null: no original kept. */
  originalMetadata: string | null;
  focalX: number;
  focalY: number;
};

const percent = (value: number) => String(Math.round(Math.min(100, Math.max(0, value)) * 10) / 10);

/** One image of the library: its words to edit and, for editors, a delete button. */
export function MediaCard(props: MediaCardProps) {
  const [saveState, save] = useActionState(updateMediaAction, idleState);
  const [deleteState, remove] = useActionState(deleteMediaAction, idleState);
  const headingId = `media-${props.id}`;
  const [focalX, setFocalX] = useState(percent(props.focalX));
  const [focalY, setFocalY] = useState(percent(props.focalY));
  // A click on the image puts the focal point there; the two fields below do the same from the keyboard.
  const pickFocalPoint = (event: MouseEvent<HTMLImageElement>) => {
    if (!props.canEdit) return;
    const box = event.currentTarget.getBoundingClientRect();
    setFocalX(percent(((event.clientX - box.left) / box.width) * 100));
    setFocalY(percent(((event.clientY - box.top) / box.height) * 100));
  };
  const markerX = Number(focalX);
  const markerY = Number(focalY);
  return (
    <li aria-labelledby={headingId} className="space-y-3 rounded border border-rule bg-white p-3">
      <div className="relative">
        {/* eslint-disable-next-line @next/next/no-img-element -- a dashboard thumbnail; the focal point fields are the keyboard's way */}
        <img
          src={props.thumbnailUrl}
          alt={props.alt}
          loading="lazy"
          width={props.width ?? undefined}
          height={props.height ?? undefined}
          onClick={pickFocalPoint}
          className={`h-auto w-full rounded bg-neutral-100 ${props.canEdit ? "cursor-crosshair" : ""}`}
        />
        {Number.isFinite(markerX) && Number.isFinite(markerY) && (
          <span
            aria-hidden="true"
            className="pointer-events-none absolute size-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-accent shadow"
            style={{ left: `${markerX}%`, top: `${markerY}%` }} // physical: a point on the photograph, which is not mirrored
          />
        )}
      </div>
      <div>
        <h2 id={headingId} className="font-semibold break-all">
          {props.filename}
        </h2>
        <p className="text-sm text-muted">{props.details}</p>
        {props.originalMetadata !== null && (
          <p className="mt-1 text-sm">
            {props.originalMetadata ? (
              <>
                <strong>Original carries {props.originalMetadata}.</strong> Removed from every copy readers get; the original is for editors only.{" "}
              </>
            ) : (
              <>The original carries no location or camera data. </>
            )}
            <a href={`/dashboard/media/${props.id}/original`} className="underline">
              Download the original of {props.filename}
            </a>
          </p>
        )}
      </div>
      {props.canEdit ? (
        <form action={save} noValidate className="space-y-2">
          <input type="hidden" name="id" value={props.id} />
          <FormMessage state={saveState} />
          <Field name="alt" label={`Alt text of ${props.filename}`} state={saveState} defaultValue={props.alt} />
          <Field name="caption" label={`Caption of ${props.filename}`} state={saveState} defaultValue={props.caption} />
          <Field name="credit" label={`Credit of ${props.filename}`} state={saveState} defaultValue={props.credit} />
          <fieldset className="grid grid-cols-2 gap-2">
            <legend className="text-sm font-semibold">Focal point (click the image, or type percentages)</legend>
            <Field name="focalX" label={`Focal point of ${props.filename}, % from the left`} state={saveState}>
              {({ defaultValue: _typed, ...control }) => <input {...control} type="number" min={0} max={100} step="any" value={focalX} onChange={(event) => setFocalX(event.currentTarget.value)} />}
            </Field>
            <Field name="focalY" label={`Focal point of ${props.filename}, % from the top`} state={saveState}>
              {({ defaultValue: _typed, ...control }) => <input {...control} type="number" min={0} max={100} step="any" value={focalY} onChange={(event) => setFocalY(event.currentTarget.value)} />}
            </Field>
          </fieldset>
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
