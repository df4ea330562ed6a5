"use client";

// The body editor's address bar: "Link address" (Ctrl/⌘+K) or "Video or post address" (Embed), with
// its error next to the field. Enter applies, Escape cancels.
import type { Editor } from "@tiptap/react";
import { useId } from "react";
import { isSafeHref } from "@/lib/content/document";
import { parseEmbedUrl } from "@/lib/content/embeds";
import { inputClass, buttonClass } from "@/components/ui/styles";

export type AddressBarState = { kind: "link" | "embed"; value: string; error: string | null } | null;

type Props = { editor: Editor; bar: NonNullable<AddressBarState>; onChange: (bar: AddressBarState) => void; linkActive: boolean };

export function AddressBar({ editor, bar, onChange, linkActive }: Props) {
  const barId = useId();
  function apply(event: React.SyntheticEvent) {
    event.preventDefault();
    const value = bar.value.trim();
    if (bar.kind === "link") {
      if (!value) {
        editor.chain().focus().extendMarkRange("link").unsetLink().run();
        onChange(null);
        return;
      }
      const href = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
      if (!isSafeHref(href)) return onChange({ ...bar, error: "Enter a web address (https://…) or an email link (mailto:…)." });
      const chain = editor.chain().focus().extendMarkRange("link");
      if (editor.state.selection.empty && !editor.isActive("link")) chain.insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href } }] }).run();
      else chain.setLink({ href }).run();
    } else {
      if (!parseEmbedUrl(value)) return onChange({ ...bar, error: "Paste the address of a YouTube or Vimeo video, or of a post on X, Bluesky or Instagram." });
      editor.chain().focus().insertEmbed(value).run();
    }
    onChange(null);
  }

  // Not a <form>: the body editor sits inside the article's form.
  return (
    <div role="group" className="flex flex-wrap items-end gap-2 border-b border-rule bg-neutral-50 p-2" aria-label={bar.kind === "link" ? "Link" : "Embed"}>
      <label className="min-w-64 flex-1 text-sm font-semibold">
        {bar.kind === "link" ? "Link address" : "Video or post address"}
        <input
          autoFocus
          type="url"
          value={bar.value}
          aria-invalid={bar.error ? true : undefined}
          aria-describedby={bar.error ? `${barId}-bar-error` : undefined}
          onChange={(event) => onChange({ ...bar, value: event.currentTarget.value, error: null })}
          onKeyDown={(event) => {
            if (event.key === "Enter") apply(event);
            if (event.key === "Escape") {
              onChange(null);
              editor.commands.focus();
            }
          }}
          className={inputClass}
        />
      </label>
      <button type="button" className={buttonClass("primary")} onClick={apply}>
        {bar.kind === "link" ? "Apply link" : "Embed"}
      </button>
      {bar.kind === "link" && linkActive && (
        <button type="button" className={buttonClass("secondary")} onClick={() => (editor.chain().focus().extendMarkRange("link").unsetLink().run(), onChange(null))}>
          Remove link
        </button>
      )}
      <button type="button" className={buttonClass("secondary")} onClick={() => (onChange(null), editor.commands.focus())}>
        Cancel
      </button>
      {bar.error && (
        <p id={`${barId}-bar-error`} className="w-full text-sm font-semibold text-accent-dark">
          {bar.error}
        </p>
      )}
    </div>
  );
}
