"use client";

import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { searchMediaAction } from "@/lib/media/actions";
import type { MediaItem } from "@/lib/media/types";
import { MediaUploadForm } from "@/components/media/media-upload-form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { pluralize } from "@/lib/format-core";

const SEARCH_DELAY_MS = 250;
const noSubscription = () => () => {};

/**
 * The media library as a modal dialog: search, upload, choose. Reusable wherever an image is chosen
 * (hero image, figures in the body). Rendered in a portal on <body> so its forms are never nested in
 * the form that opened it; events it handles stop there for the same reason.
 */
export function MediaPicker({ onSelect, onClose }: { onSelect: (item: MediaItem) => void; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<MediaItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Portals need document.body: false while rendering on the server, true in the browser.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const latest = useRef(0);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, [mounted]);

  const search = useCallback(async (words: string) => {
    const call = ++latest.current;
    const result = await searchMediaAction(words);
    if (call !== latest.current) return; // an older answer arriving after a newer one
    if ("items" in result && Array.isArray(result.items)) {
      setItems(result.items as MediaItem[]);
      setError(null);
    } else {
      setError(result.message ?? "The library could not be searched.");
    }
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void search(query), query ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [query, search]);

  const onUploaded = useCallback((item: MediaItem) => {
    setQuery("");
    setItems((current) => [item, ...(current ?? []).filter((other) => other.id !== item.id)]);
  }, []);

  if (!mounted) return null;
  return createPortal(
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onInput={(event) => event.stopPropagation()}
      onChange={(event) => event.stopPropagation()}
      onSubmit={(event) => event.stopPropagation()}
      className="m-auto max-h-[90vh] w-[min(64rem,95vw)] overflow-auto rounded border border-rule bg-white p-0 text-ink backdrop:bg-black/50"
    >
      <div className="sticky top-0 z-10 flex items-center justify-between gap-4 border-b border-rule bg-white px-5 py-3">
        <h2 id={headingId} className="section-title">
          Media library
        </h2>
        <button type="button" onClick={onClose} className={buttonClass("secondary")}>
          Close
        </button>
      </div>
      <div className="space-y-6 p-5">
        <div>
          <label htmlFor={searchId} className="block text-sm font-semibold">
            Search images
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            maxLength={200}
            onChange={(event) => setQuery(event.currentTarget.value)}
            placeholder="File name, alt text, caption or credit"
            className={inputClass}
          />
        </div>
        <div role="status" aria-live="polite" className="text-sm text-muted">
          {error ?? (items === null ? "Loading…" : items.length === 0 ? "No images match." : items.length === 30 ? `The newest ${pluralize(items.length, "image")}.` : `${pluralize(items.length, "image")}.`)}
        </div>
        {items && items.length > 0 && (
          <ul aria-label="Images to choose from" className="grid gap-4 sm:grid-cols-2 md:grid-cols-3">
            {items.map((item) => (
              <li key={item.id} className="flex flex-col gap-2 rounded border border-rule p-2">
                {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail of the stored file */}
                <img src={item.url} alt="" loading="lazy" className="aspect-[4/3] w-full rounded bg-neutral-100 object-contain" />
                <p className="text-sm break-all">
                  <span className="font-semibold">{item.filename}</span>
                  {item.alt && <span className="block text-muted">{item.alt}</span>}
                  {item.credit && <span className="block text-muted">{item.credit}</span>}
                </p>
                <button type="button" onClick={() => onSelect(item)} className={`${buttonClass("primary")} mt-auto`}>
                  Use {item.filename}
                </button>
              </li>
            ))}
          </ul>
        )}
        <section aria-label="Upload to the library" className="rounded border border-rule p-4">
          <h3 className="mb-3 font-serif text-lg font-bold">Upload an image</h3>
          <MediaUploadForm onUploaded={onUploaded} compact />
        </section>
      </div>
    </dialog>,
    document.body,
  );
}
