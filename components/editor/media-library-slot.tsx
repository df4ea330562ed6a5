"use client";

// MEDIA LIBRARY INTEGRATION POINT: the only place the body editor meets the media library. When
// components/media/media-picker.tsx exists (MediaPicker({ onSelect, onClose }) and lib/media/types.ts's
// MediaItem), this button opens it and hands the chosen image to the "Insert image" dialog, which
// fills alt text, caption and credit from the library and stores the image's mediaId in the figure.
// Until then there is no library to choose from, and the dialog offers the upload alone.

/** What the "Insert image" dialog needs from a library image (lib/media/types.ts's MediaItem has more). */
export type ChosenMedia = { id: string; url: string; alt: string; caption: string; credit: string };

export function MediaLibraryButton(_props: { onSelect: (item: ChosenMedia) => void }) {
  return null;
}
