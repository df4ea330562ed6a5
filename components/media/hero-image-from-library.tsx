"use client";

import { useRef, useState } from "react";
import type { MediaItem } from "@/lib/media/types";
import { MediaPicker } from "@/components/media/media-picker";
import { buttonClass } from "@/components/ui/styles";

/**
 * Choose the hero image from the media library: a hidden `heroMediaId` for the article form, and the
 * image's alt text copied into the form's empty alt field (still editable there, per article).
 */
export function HeroImageFromLibrary({ errors }: { errors?: string[] }) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<MediaItem | null>(null);
  const hidden = useRef<HTMLInputElement>(null);

  function choose(item: MediaItem) {
    setChosen(item);
    setOpen(false);
    const form = hidden.current?.form;
    const alt = form?.elements.namedItem("heroImageAlt");
    if (alt instanceof HTMLInputElement && !alt.value.trim()) alt.value = item.alt;
    // The editor counts this as a change (unsaved-changes warning, autosave).
    form?.dispatchEvent(new Event("input", { bubbles: true }));
  }

  return (
    <div className="space-y-2">
      <input ref={hidden} type="hidden" name="heroMediaId" value={chosen?.id ?? ""} />
      <button type="button" onClick={() => setOpen(true)} className={buttonClass("secondary")}>
        Choose from library
      </button>
      {chosen && (
        <div className="flex items-center gap-3 text-sm" role="status">
          {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail of the stored file */}
          <img src={chosen.url} alt="" className="h-12 w-16 rounded object-cover" />
          <span className="min-w-0 break-all">
            Chosen from the library: <strong>{chosen.filename}</strong>. Save to use it.
          </span>
          <button type="button" onClick={() => setChosen(null)} className="underline">
            Clear choice
          </button>
        </div>
      )}
      {errors?.length ? <p className="text-sm font-medium text-accent">{errors.join(" ")}</p> : null}
      {open && <MediaPicker onSelect={choose} onClose={() => setOpen(false)} />}
    </div>
  );
}
