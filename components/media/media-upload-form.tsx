"use client";

import { useActionState, useEffect, useRef } from "react";
import { idleState, type ActionState } from "@/lib/actions/state";
import { uploadMediaAction } from "@/lib/media/actions";
import type { MediaItem } from "@/lib/media/types";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

type UploadState = ActionState & { item?: MediaItem };

/** Upload an image to the library with the words every use of it starts from. */
export function MediaUploadForm({ onUploaded, compact = false }: { onUploaded?: (item: MediaItem) => void; compact?: boolean }) {
  const [state, action] = useActionState<UploadState, FormData>(uploadMediaAction, idleState);
  const announced = useRef(state.at);
  useEffect(() => {
    if (state.at === announced.current) return;
    announced.current = state.at;
    if (state.status === "success" && state.item) onUploaded?.(state.item);
  }, [state, onUploaded]);
  return (
    <form
      action={action}
      noValidate
      aria-label="Upload an image"
      className="space-y-3"
      // The picker sits in a portal inside the article editor: its submit must not reach the editor's form.
      onSubmit={(event) => event.stopPropagation()}
    >
      <FormMessage state={state} />
      <Field name="file" label="Image file" type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" state={state} hint="JPEG, PNG, WebP, AVIF or GIF." />
      <div className={compact ? "grid gap-3 sm:grid-cols-3" : "grid gap-3 md:grid-cols-3"}>
        <Field name="alt" label="Alt text" state={state} hint="What the image shows, for people who cannot see it." />
        <Field name="caption" label="Caption" state={state} />
        <Field name="credit" label="Credit" state={state} hint="Photographer or agency." />
      </div>
      <SubmitButton variant="secondary">Upload</SubmitButton>
    </form>
  );
}
