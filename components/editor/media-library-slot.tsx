"use client";

// MEDIA LIBRARY INTEGRATION POINT: the only place the body editor meets the media library. The
// "Choose from library" button opens the library's picker (components/media/media-picker.tsx) and
// hands the chosen image to the "Insert image" dialog, which fills alt text, caption and credit from
// the library and keeps the image's id in the figure (mediaId), so the library knows where it is used.
import { useState } from "react";
import { MediaPicker } from "@/components/media/media-picker";
import type { MediaItem } from "@/lib/media/types";
import { buttonClass } from "@/components/ui/styles";

export function MediaLibraryButton({ onSelect }: { onSelect: (item: MediaItem) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={`${buttonClass("secondary")} mt-2`}>
        Choose from library
      </button>
      {open && (
        <MediaPicker
          onSelect={(item) => {
            setOpen(false);
            onSelect(item);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
