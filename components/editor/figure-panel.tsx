"use client";

import type { Editor } from "@tiptap/react";
import { inputClass } from "@/components/ui/styles";
import type { FigureNodeAttrs } from "./body-extensions";

/** The selected figure's words, edited in place (they are attributes, not editable text in the body). */
export function FigurePanel({ editor, attrs }: { editor: Editor; attrs: FigureNodeAttrs }) {
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

