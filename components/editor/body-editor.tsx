"use client";

// The article body editor (docs/decisions/019-rich-text-editor.md): Tiptap on ProseMirror, limited to
// the blocks of the stored document (lib/content/document.ts). It writes the document as JSON into
// the form's hidden "body" field; the server checks it again on every save.
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { uploadBodyImageAction } from "@/lib/articles/actions";
import { idleState } from "@/lib/actions/state";
import { isSafeHref, type BodyDocument } from "@/lib/content/document";
import { parseEmbedUrl } from "@/lib/content/embeds";
import { countWords, readingTimeMinutes } from "@/lib/content/reading-time";
import { pluralize } from "@/lib/format-core";
import { inputClass, buttonClass } from "@/components/ui/styles";
import { BodyPaste, Embed, Figure, PullQuote, type FigureNodeAttrs } from "./body-extensions";
// The media library's picker, behind the "Choose from library" button of the image dialog.
import { MediaLibraryButton } from "./media-library-slot";

type Props = {
  /** The body document as JSON. */
  initialJson: string;
  errors?: string[];
  onChange: (json: string) => void;
  /** The field's name as people read it (the live desk's composer is "Update"). */
  label?: string;
};

function parseInitial(json: string): BodyDocument | string {
  try {
    const value = JSON.parse(json) as BodyDocument;
    return value && value.type === "doc" ? value : "";
  } catch {
    return "";
  }
}

const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? "⌘" : "Ctrl+";

type ToolButton = { label: string; shortcut?: string; icon: string; active?: boolean; disabled?: boolean; run: () => void };

function Toolbar({ buttons, label }: { buttons: ToolButton[][]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // One tab stop; arrow keys move along the toolbar (the WAI-ARIA toolbar pattern).
  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft" && event.key !== "Home" && event.key !== "End") return;
    const items = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>("button:not([disabled])") ?? []);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === "Home" ? 0 : event.key === "End" ? items.length - 1 : (index + (event.key === "ArrowRight" ? 1 : -1) + items.length) % items.length;
    items[next]?.focus();
    event.preventDefault();
  }
  const [focusIndex, setFocusIndex] = useState(0);
  const offsets = buttons.map((_, g) => buttons.slice(0, g).reduce((sum, group) => sum + group.length, 0));
  return (
    <div ref={ref} role="toolbar" aria-label={label} onKeyDown={onKeyDown} className="flex flex-wrap gap-1 border-b border-rule bg-neutral-50 p-1">
      {buttons.map((group, g) => (
        <div key={g} className="flex gap-1 border-r border-rule pr-1 last:border-r-0">
          {group.map((button, b) => {
            const mine = offsets[g]! + b;
            return (
              <button
                key={button.label}
                type="button"
                title={button.shortcut ? `${button.label} (${button.shortcut})` : button.label}
                aria-label={button.label}
                aria-pressed={button.active === undefined ? undefined : button.active}
                aria-keyshortcuts={button.shortcut?.replace("⌘", "Meta+").replace("Ctrl+", "Control+")}
                disabled={button.disabled}
                tabIndex={mine === focusIndex ? 0 : -1}
                onFocus={() => setFocusIndex(mine)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={button.run}
                className="min-h-9 min-w-9 rounded px-1.5 text-sm font-semibold text-ink hover:bg-neutral-200 disabled:opacity-40 aria-pressed:bg-ink aria-pressed:text-white"
              >
                <span aria-hidden="true">{button.icon}</span>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function editorAttributes(hintId: string, errorId: string, errors: string[] | undefined, label: string): Record<string, string> {
  return {
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": label,
    "aria-describedby": [hintId, errors?.length ? errorId : ""].filter(Boolean).join(" "),
    ...(errors?.length ? { "aria-invalid": "true" } : {}),
    // The same ring as every other field (app/globals.css :focus-visible), drawn inside the box: the
    // frame around toolbar and text clips anything outside it.
    class: "article-body prose max-w-none min-h-[24rem] p-4 font-serif focus:outline-3 focus:outline-solid focus:-outline-offset-3 focus:outline-accent",
  };
}

type Bar = { kind: "link"; value: string; error: string | null } | { kind: "embed"; value: string; error: string | null } | null;

export function BodyEditor({ initialJson, errors, onChange, label = "Body" }: Props) {
  const hintId = useId();
  const errorId = useId();
  const [bar, setBar] = useState<Bar>(null);
  const [imageDialog, setImageDialog] = useState(false);
  const [counts, setCounts] = useState({ words: 0, minutes: 1 });
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const editor = useEditor({
    immediatelyRender: false,
    // The dashboard's Content-Security-Policy refuses injected <style> tags: ProseMirror's few base
    // rules are in app/globals.css instead.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: "https",
          protocols: ["mailto"],
          isAllowedUri: (url) => isSafeHref(url),
          HTMLAttributes: { target: null, rel: null, class: null },
        },
      }),
      PullQuote,
      Figure,
      Embed,
      BodyPaste,
    ],
    content: parseInitial(initialJson),
    editorProps: {
      attributes: editorAttributes(hintId, errorId, errors, label),
      handleKeyDown: (_view, event) => {
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
          openLinkBar();
          return true;
        }
        return false;
      },
    },
    onCreate: ({ editor }) => updateCounts(editor),
    onUpdate: ({ editor }) => {
      updateCounts(editor);
      onChangeRef.current(JSON.stringify(editor.getJSON()));
    },
  });

  // The errors change after a save is refused: the box says so to screen readers too.
  const errorText = errors?.join(" ") ?? "";
  useEffect(() => {
    if (!editor) return;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: editorAttributes(hintId, errorId, errorText ? [errorText] : undefined, label) } });
  }, [editor, hintId, errorId, errorText, label]);

  function updateCounts(editor: Editor) {
    const text = editor.getText({ blockSeparator: "\n\n" });
    setCounts({ words: countWords(text), minutes: readingTimeMinutes(text) });
  }

  const active = useEditorState({
    editor,
    selector: ({ editor }) =>
      editor && {
        bold: editor.isActive("bold"),
        italic: editor.isActive("italic"),
        link: editor.isActive("link"),
        h2: editor.isActive("heading", { level: 2 }),
        h3: editor.isActive("heading", { level: 3 }),
        h4: editor.isActive("heading", { level: 4 }),
        bulletList: editor.isActive("bulletList"),
        orderedList: editor.isActive("orderedList"),
        blockquote: editor.isActive("blockquote"),
        pullQuote: editor.isActive("pullQuote"),
        figure: editor.isActive("figure") ? (editor.getAttributes("figure") as FigureNodeAttrs) : null,
        canUndo: editor.can().undo(),
        canRedo: editor.can().redo(),
      },
  });

  function openLinkBar() {
    if (!editor) return;
    setBar({ kind: "link", value: (editor.getAttributes("link").href as string | undefined) ?? "", error: null });
  }

  function applyBar(event: React.SyntheticEvent) {
    event.preventDefault();
    if (!editor || !bar) return;
    const value = bar.value.trim();
    if (bar.kind === "link") {
      if (!value) {
        editor.chain().focus().extendMarkRange("link").unsetLink().run();
        setBar(null);
        return;
      }
      const href = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
      if (!isSafeHref(href)) return setBar({ ...bar, error: "Enter a web address (https://…) or an email link (mailto:…)." });
      const chain = editor.chain().focus().extendMarkRange("link");
      if (editor.state.selection.empty && !editor.isActive("link")) chain.insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href } }] }).run();
      else chain.setLink({ href }).run();
    } else {
      if (!parseEmbedUrl(value)) return setBar({ ...bar, error: "Paste the address of a YouTube or Vimeo video, or of a post on X, Bluesky or Instagram." });
      editor.chain().focus().insertEmbed(value).run();
    }
    setBar(null);
  }

  const e = editor;
  const toolbar: ToolButton[][] = e
    ? [
        [
          { label: "Bold", shortcut: `${MOD}B`, icon: "B", active: active?.bold, run: () => e.chain().focus().toggleBold().run() },
          { label: "Italic", shortcut: `${MOD}I`, icon: "I", active: active?.italic, run: () => e.chain().focus().toggleItalic().run() },
          { label: "Link", shortcut: `${MOD}K`, icon: "Link", active: active?.link, run: openLinkBar },
        ],
        [
          { label: "Heading 2", shortcut: `${MOD}Alt+2`, icon: "H2", active: active?.h2, run: () => e.chain().focus().toggleHeading({ level: 2 }).run() },
          { label: "Heading 3", shortcut: `${MOD}Alt+3`, icon: "H3", active: active?.h3, run: () => e.chain().focus().toggleHeading({ level: 3 }).run() },
          { label: "Heading 4", shortcut: `${MOD}Alt+4`, icon: "H4", active: active?.h4, run: () => e.chain().focus().toggleHeading({ level: 4 }).run() },
        ],
        [
          { label: "Bulleted list", shortcut: `${MOD}Shift+8`, icon: "• List", active: active?.bulletList, run: () => e.chain().focus().toggleBulletList().run() },
          { label: "Numbered list", shortcut: `${MOD}Shift+7`, icon: "1. List", active: active?.orderedList, run: () => e.chain().focus().toggleOrderedList().run() },
          { label: "Block quote", shortcut: `${MOD}Shift+B`, icon: "Quote", active: active?.blockquote, run: () => e.chain().focus().toggleBlockquote().run() },
          { label: "Pull quote", icon: "Pull quote", active: active?.pullQuote, run: () => e.chain().focus().togglePullQuote().run() },
          { label: "Divider", icon: "―", run: () => e.chain().focus().setHorizontalRule().run() },
        ],
        [
          { label: "Insert image", icon: "Image", run: () => setImageDialog(true) },
          { label: "Embed a video or post", icon: "Embed", run: () => setBar({ kind: "embed", value: "", error: null }) },
        ],
        [
          { label: "Undo", shortcut: `${MOD}Z`, icon: "Undo", disabled: !active?.canUndo, run: () => e.chain().focus().undo().run() },
          { label: "Redo", shortcut: IS_MAC ? "⌘Shift+Z" : "Ctrl+Y", icon: "Redo", disabled: !active?.canRedo, run: () => e.chain().focus().redo().run() },
        ],
      ]
    : [];

  return (
    <div>
      <span id={`${hintId}-label`} className="block text-sm font-semibold">
        {label}
      </span>
      <p id={hintId} className="mt-1 text-sm text-muted">
        Type as in a word processor, or with Markdown: ## heading, &gt; quote, - list, 1. list, **bold**, *italic*. Paste a YouTube, Vimeo, X, Bluesky or Instagram
        address on its own line to embed it.
      </p>
      <div className={`mt-1 overflow-hidden rounded border bg-white ${errors?.length ? "border-accent" : "border-neutral-400"}`}>
        <Toolbar buttons={toolbar} label="Formatting" />
        {bar && (
          // Not a <form>: the body editor sits inside the article's form. Enter applies, Escape cancels.
          <div role="group" className="flex flex-wrap items-end gap-2 border-b border-rule bg-neutral-50 p-2" aria-label={bar.kind === "link" ? "Link" : "Embed"}>
            <label className="min-w-64 flex-1 text-sm font-semibold">
              {bar.kind === "link" ? "Link address" : "Video or post address"}
              <input
                autoFocus
                type="url"
                value={bar.value}
                aria-invalid={bar.error ? true : undefined}
                aria-describedby={bar.error ? `${hintId}-bar-error` : undefined}
                onChange={(event) => setBar({ ...bar, value: event.currentTarget.value, error: null })}
                onKeyDown={(event) => {
                  if (event.key === "Enter") applyBar(event);
                  if (event.key === "Escape") {
                    setBar(null);
                    editor?.commands.focus();
                  }
                }}
                className={inputClass}
              />
            </label>
            <button type="button" className={buttonClass("primary")} onClick={applyBar}>
              {bar.kind === "link" ? "Apply link" : "Embed"}
            </button>
            {bar.kind === "link" && active?.link && (
              <button type="button" className={buttonClass("secondary")} onClick={() => (editor?.chain().focus().extendMarkRange("link").unsetLink().run(), setBar(null))}>
                Remove link
              </button>
            )}
            <button type="button" className={buttonClass("secondary")} onClick={() => (setBar(null), editor?.commands.focus())}>
              Cancel
            </button>
            {bar.error && (
              <p id={`${hintId}-bar-error`} className="w-full text-sm font-semibold text-accent-dark">
                {bar.error}
              </p>
            )}
          </div>
        )}
        {editor && active?.figure && <FigurePanel editor={editor} attrs={active.figure} />}
        <EditorContent editor={editor} />
      </div>
      <p className="mt-1 text-sm text-muted" aria-label="Length">
        {pluralize(counts.words, "word")} · {counts.minutes} min read
      </p>
      {errors?.length ? (
        <div id={errorId} className="mt-1 text-sm font-semibold text-accent-dark">
          {errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      ) : null}
      {imageDialog && editor && (
        <ImageDialog
          onClose={() => {
            setImageDialog(false);
            editor.commands.focus();
          }}
          onInsert={(attrs) => {
            editor.chain().focus().insertFigure(attrs).run();
            setImageDialog(false);
          }}
        />
      )}
    </div>
  );
}

/** The selected figure's words, edited in place (they are attributes, not editable text in the body). */
function FigurePanel({ editor, attrs }: { editor: Editor; attrs: FigureNodeAttrs }) {
  const update = (change: Partial<FigureNodeAttrs>) => editor.chain().updateAttributes("figure", change).run();
  return (
    <fieldset className="grid gap-2 border-b border-rule bg-neutral-50 p-2 sm:grid-cols-2">
      <legend className="sr-only">Selected image</legend>
      <label className="text-sm font-semibold">
        Image alt text
        <input value={attrs.alt} onChange={(event) => update({ alt: event.currentTarget.value })} className={inputClass} />
      </label>
      <label className="text-sm font-semibold">
        Image caption
        <input value={attrs.caption} onChange={(event) => update({ caption: event.currentTarget.value })} className={inputClass} />
      </label>
      <label className="text-sm font-semibold">
        Image credit
        <input value={attrs.credit} onChange={(event) => update({ credit: event.currentTarget.value })} className={inputClass} />
      </label>
      <label className="text-sm font-semibold">
        Image width
        <select value={attrs.width} onChange={(event) => update({ width: event.currentTarget.value === "full" ? "full" : "column" })} className={inputClass}>
          <option value="column">Column</option>
          <option value="full">Full width</option>
        </select>
      </label>
    </fieldset>
  );
}

/** "Insert image": upload a file (or choose one from the media library) with its alt text, caption and credit. */
function ImageDialog({ onClose, onInsert }: { onClose: () => void; onInsert: (attrs: FigureNodeAttrs) => void }) {
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
