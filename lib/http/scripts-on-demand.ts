// What a reader page's parts tell the script loader (lib/http/scripts-after-paint.ts, decision 064):
// a part that needs Next.js's scripts as soon as it is on screen, or nearly (the reply form, the
// newsletter form, an embed's button), or at once (live coverage, which polls). Everything else on a
// reader page works as plain HTML, and the scripts come with the reader's first touch, click or key.
// Spread on the part's outermost element, rendered on the server: `<section {...SCRIPTS_WHEN_NEAR}>`.
// No imports: client components use it.

export const SCRIPTS_ATTRIBUTE = "data-scripts";
export const SCRIPTS_WHEN_NEAR = { [SCRIPTS_ATTRIBUTE]: "when-near" } as const;
export const SCRIPTS_AT_ONCE = { [SCRIPTS_ATTRIBUTE]: "at-once" } as const;
/** Set on `<html>` by the loader while it waits for the reader (e2e/fixtures.ts reads it). */
export const SCRIPTS_WAITING = "on-demand";
