// Next.js's scripts on a reader page run after the page's first paint, not before it
// (docs/decisions/028-scripts-after-paint.md). React puts the framework's chunks in the page's head as
// `<script src async>`: fetched with the stylesheet, each runs the moment it arrives, so on a phone the
// browser evaluates some 130 KB of compressed JavaScript before it shows a word, and the largest
// paint of a page of text waits for it. Here the same chunks are fetched at once, as before, by
// `<link rel=preload>` in the head (the bootstrap chunk React writes late in the body is preloaded
// there already), and one inline script at the end of the body adds them all as async scripts once the
// first frame is on screen (two `requestAnimationFrame`s, then a task). Everything a reader reads is in the HTML; the
// reply form and client navigation are ready a frame later. Applied by the request hook to the
// whole pages every reader gets the same (compression.ts), under the static policy, which allows
// inline scripts: never on the nonce pages.
// A page without such scripts (or from a future Next.js that writes them differently) is unchanged.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { PageRewrite } from "./compression";
import { hasStaticPolicy, requestUsesNoncePolicy } from "@/lib/security/response-headers";

/** The framework's scripts, as React writes them: our own build's files only. */
const FRAMEWORK_SCRIPT = /<script src="(\/_next\/static\/[\w\-./~]+\.js)" async=""><\/script>/g;
const ONE_FRAMEWORK_SCRIPT = new RegExp(`^${FRAMEWORK_SCRIPT.source}$`);
const SCRIPT_START = '<script src="';
const SCRIPT_END = '" async=""></script>';
/**
 * Adds the chunks once the first frame is on screen (the second frame's callback comes after the
 * first was presented; a task after it), or after a second at the latest (a tab opened in the
 * background draws no frame until it is shown). They run as they arrive, as async scripts did.
 */
const LOADER =
  "(function(s){var d=0;function r(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement('script');e.src=u;e.async=true;document.head.appendChild(e)})}requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(r,0)})});setTimeout(r,1000)})";

/**
 * `page` with its framework scripts preloaded in the head and run after the first paint. Only the head
 * is read as text; the body (most of a page) is searched as bytes, once.
 */
export function scriptsAfterPaint(page: Buffer): Buffer {
  const headEnd = page.indexOf("</head>");
  const bodyEnd = page.lastIndexOf("</body>");
  if (headEnd < 0 || bodyEnd < headEnd) return page;
  const sources: string[] = [];
  const head = page.toString("utf8", 0, headEnd).replace(FRAMEWORK_SCRIPT, (_, source: string) => {
    sources.push(source);
    return `<link rel="preload" as="script" fetchPriority="low" href="${source}"/>`;
  });
  // React writes Next.js's bootstrap chunk late, in the body (preloaded in the head already).
  const parts: Buffer[] = [Buffer.from(head, "utf8")];
  let copied = headEnd;
  for (let end = page.indexOf(SCRIPT_END, headEnd); end >= 0 && end < bodyEnd; end = page.indexOf(SCRIPT_END, end + 1)) {
    const start = page.lastIndexOf(SCRIPT_START, end);
    const source = start < copied ? null : ONE_FRAMEWORK_SCRIPT.exec(page.toString("utf8", start, end + SCRIPT_END.length))?.[1];
    if (!source) continue;
    if (!sources.includes(source)) sources.push(source);
    parts.push(page.subarray(copied, start));
    copied = end + SCRIPT_END.length;
  }
  if (sources.length === 0) return page;
  parts.push(page.subarray(copied, bodyEnd), Buffer.from(`<script>${LOADER}(${JSON.stringify(sources)})</script>`), page.subarray(bodyEnd));
  return Buffer.concat(parts);
}

/**
 * For the request hook: the rewrite of a whole HTML page for this request (GET, or HEAD for its
 * length), or undefined on the nonce pages. A response whose policy is not the static one is left
 * alone whatever its address: an inline script without the nonce would not run there.
 */
export function scriptsAfterPaintFor(request: IncomingMessage): PageRewrite | undefined {
  if ((request.method !== "GET" && request.method !== "HEAD") || requestUsesNoncePolicy(request)) return undefined;
  return rewriteUnderStaticPolicy;
}

function rewriteUnderStaticPolicy(body: Buffer, response: ServerResponse): Buffer {
  return hasStaticPolicy(response) ? scriptsAfterPaint(body) : body;
}
