"use client";

// The body editor's formatting toolbar: one tab stop, arrow keys move along it (the WAI-ARIA toolbar
// pattern), each button with its shortcut.
import { useRef, useState } from "react";

export const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD = IS_MAC ? "⌘" : "Ctrl+";

export type ToolButton = { label: string; shortcut?: string; icon: string; active?: boolean; disabled?: boolean; run: () => void };

export function Toolbar({ buttons, label }: { buttons: ToolButton[][]; label: string }) {
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
        <div key={g} className="flex gap-1 border-e border-rule pe-1 last:border-e-0">
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

