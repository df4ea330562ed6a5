"use client";

import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { uploadBodyImageAction } from "@/lib/articles/actions";
import { idleState } from "@/lib/actions/state";
import { inputClass, buttonClass } from "@/components/ui/styles";
import type { FigureNodeAttrs } from "./body-extensions";
// The media library's picker, behind the "Choose from library" button of the image dialog.
import { MediaLibraryButton } from "./media-library-slot";

/** "Insert image": upload a file (or choose one from the media library) with its alt text, caption and credit. */
export function ImageDialog({ onClose, onInsert }: { onClose: () => void; onInsert: (attrs: FigureNodeAttrs) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [chosen, setChosen] = useState<{ url: string; mediaId: string | null } | null>(null);
  const [fields, setFields] = useState({ alt: "", caption: "", credit: "", width: "column" as "column" | "full" });
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    const formData = new FormData(event.currentTarget);
    const file = formData.get("image");
    const next: Record<string, string> = {};
    if (!fields.alt.trim()) next.alt = "Describe the image for people who cannot see it.";
    if (!chosen && !(file instanceof File && file.size > 0)) next.image = "Choose an image file.";
    setErrors(next);
    if (Object.keys(next).length) return;
    let url = chosen?.url ?? null;
    let mediaId = chosen?.mediaId ?? null;
    if (!chosen) {
      setPending(true);
      const result = await uploadBodyImageAction(idleState, formData);
      setPending(false);
      if (result.status !== "success" || !("url" in result) || typeof result.url !== "string") {
        const fieldErrors = result.fieldErrors ?? {};
        setErrors({
          ...(fieldErrors.alt?.[0] ? { alt: fieldErrors.alt[0] } : {}),
          ...(fieldErrors.caption?.[0] ? { caption: fieldErrors.caption[0] } : {}),
          ...(fieldErrors.credit?.[0] ? { credit: fieldErrors.credit[0] } : {}),
          image: fieldErrors.image?.[0] ?? (Object.keys(fieldErrors).length ? "" : (result.message ?? "The image could not be uploaded.")),
        });
        return;
      }
      url = result.url;
      mediaId = "mediaId" in result && typeof result.mediaId === "string" ? result.mediaId : null;
    }
    onInsert({ src: url!, alt: fields.alt.trim(), caption: fields.caption.trim(), credit: fields.credit.trim(), width: fields.width, mediaId });
  }

  const field = (name: "alt" | "caption" | "credit", label: string, hint?: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={`${id}-${name}`}
        name={name}
        value={fields[name]}
        onChange={(event) => setFields({ ...fields, [name]: event.currentTarget.value })}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[hint ? `${id}-${name}-hint` : "", errors[name] ? `${id}-${name}-error` : ""].filter(Boolean).join(" ") || undefined}
        className={inputClass}
      />
      {errors[name] && (
        <p id={`${id}-${name}-error`} className="mt-1 text-sm font-semibold text-accent-dark">
          {errors[name]}
        </p>
      )}
    </div>
  );

  return createPortal(
    <dialog ref={ref} aria-labelledby={`${id}-title`} onClose={onClose} className="m-auto w-full max-w-lg rounded border border-rule p-0 backdrop:bg-black/40">
      <form onSubmit={submit} encType="multipart/form-data" className="space-y-4 p-5" noValidate>
        <h2 id={`${id}-title`} className="font-serif text-xl font-bold">
          Insert image
        </h2>
        {chosen ? (
          <p className="text-sm">
            From the media library.{" "}
            <button type="button" className="underline" onClick={() => setChosen(null)}>
              Upload a file instead
            </button>
          </p>
        ) : (
          <div>
            <label htmlFor={`${id}-image`} className="block text-sm font-semibold">
              Image file
            </label>
            <p id={`${id}-image-hint`} className="text-sm text-muted">
              JPEG, PNG, WebP, AVIF or GIF, up to 5 MB.
            </p>
            <input
              id={`${id}-image`}
              name="image"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
              aria-invalid={errors.image ? true : undefined}
              aria-describedby={`${id}-image-hint${errors.image ? ` ${id}-image-error` : ""}`}
              className="mt-1 block w-full text-sm"
            />
            {errors.image && (
              <p id={`${id}-image-error`} className="mt-1 text-sm font-semibold text-accent-dark">
                {errors.image}
              </p>
            )}
            <MediaLibraryButton
              onSelect={(item) => {
                setChosen({ url: item.url, mediaId: item.id });
                setFields({ alt: item.alt || fields.alt, caption: item.caption || fields.caption, credit: item.credit || fields.credit, width: fields.width });
              }}
            />
          </div>
        )}
        {field("alt", "Alt text", "What the image shows, for people who cannot see it. Required.")}
        {field("caption", "Caption")}
        {field("credit", "Credit", "Who took or owns the image, e.g. Photo: Jane Doe / Agency.")}
        <div>
          <label htmlFor={`${id}-width`} className="block text-sm font-semibold">
            Width
          </label>
          <select
            id={`${id}-width`}
            value={fields.width}
            onChange={(event) => setFields({ ...fields, width: event.currentTarget.value === "full" ? "full" : "column" })}
            className={inputClass}
          >
            <option value="column">Column</option>
            <option value="full">Full width</option>
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" disabled={pending} className={buttonClass("primary")}>
            {pending ? "Uploading…" : "Insert image"}
          </button>
          <button type="button" onClick={onClose} className={buttonClass("secondary")}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
