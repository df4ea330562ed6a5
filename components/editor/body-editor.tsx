"use client";

// The article body editor (docs/decisions/019-rich-text-editor.md): Tiptap on ProseMirror, limited to
// the blocks of the stored document (lib/content/document.ts). It writes the document as JSON into
// the form's hidden "body" field; the server checks it again on every save.
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useId, useRef, useState } from "react";
import { isSafeHref, type BodyDocument } from "@/lib/content/document";
import { countWords, readingTimeMinutes } from "@/lib/content/reading-time";
import { pluralize } from "@/lib/format-core";
import { BodyPaste, Embed, Figure, PullQuote, type FigureNodeAttrs } from "./body-extensions";
import { AddressBar, type AddressBarState } from "./address-bar";
import { FigurePanel } from "./figure-panel";
import { ImageDialog } from "./image-dialog";
import { IS_MAC, MOD, Toolbar, type ToolButton } from "./toolbar";

type Props = {
  /** The body document as JSON. */
  initialJson: string;
  errors?: string[];
  onChange: (json: string) => void;
  /** The field's name as people read it (the live desk's composer is "Update"). */
  label?: string;
  /** The language and direction the text is written in (an Arabic story's body runs right to left). */
  written?: { lang?: string; dir?: "ltr" | "rtl" };
};

function parseInitial(json: string): BodyDocument | string {
  try {
    const value = JSON.parse(json) as BodyDocument;
    return value && value.type === "doc" ? value : "";
  } catch {
    return "";
  }
}

function editorAttributes(hintId: string, errorId: string, errors: string[] | undefined, label: string, written: Props["written"]): Record<string, string> {
  return {
    ...(written?.lang ? { lang: written.lang } : {}),
    ...(written?.dir ? { dir: written.dir } : {}),
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": label,
    "aria-describedby": [hintId, errors?.length ? errorId : ""].filter(Boolean).join(" "),
    ...(errors?.length ? { "aria-invalid": "true" } : {}),
    // The same ring as every other field (app/design.css :focus-visible), drawn inside the box: the
    // frame around toolbar and text clips anything outside it.
    class: "article-body prose max-w-none min-h-[24rem] p-4 font-serif focus:outline-3 focus:outline-solid focus:-outline-offset-3 focus:outline-accent",
  };
}


export function BodyEditor({ initialJson, errors, onChange, label = "Body", written }: Props) {
  const hintId = useId();
  const errorId = useId();
  const [bar, setBar] = useState<AddressBarState>(null);
  const [imageDialog, setImageDialog] = useState(false);
  const [counts, setCounts] = useState({ words: 0, minutes: 1 });
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const editor = useEditor({
    immediatelyRender: false,
    // The dashboard's Content-Security-Policy refuses injected <style> tags: ProseMirror's few base
    // rules are in app/dashboard.css instead.
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
      attributes: editorAttributes(hintId, errorId, errors, label, written),
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

  // The errors change after a save is refused: the box says so to screen readers too. The language
  // changes when a new article's Edition is chosen.
  const errorText = errors?.join(" ") ?? "";
  const [lang, dir] = [written?.lang, written?.dir];
  useEffect(() => {
    if (!editor) return;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: editorAttributes(hintId, errorId, errorText ? [errorText] : undefined, label, { lang, dir }) } });
  }, [editor, hintId, errorId, errorText, label, lang, dir]);

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
        {bar && editor && <AddressBar editor={editor} bar={bar} onChange={setBar} linkActive={Boolean(active?.link)} />}
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

