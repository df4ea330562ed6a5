// Next.js's scripts on a reader page run after the page's first paint, not before it
// (docs/decisions/028-scripts-after-paint.md), and only once the reader or the page needs them
// (docs/decisions/064-scripts-when-the-reader-needs-them.md). React puts the framework's chunks in the
// page's head as `<script src async>`: fetched with the stylesheet, each runs the moment it arrives, so
// on a phone the browser evaluates some 130 KB of compressed JavaScript before it shows a word. Here
// the chunks leave the page (and React's preload of the bootstrap chunk it writes late in the body with
// them), and one inline script at the end of the body (LOADER) adds them all as async scripts: after
// the first contentful paint, at once on a page with a part that needs them at once, otherwise at the
// reader's first interaction or when a part that needs them nears the screen. Everything a reader
// reads is in the HTML and links and forms work without the scripts (decisions 029, 050); the
// scripts bring client-side navigation, the reply form's checks in place, an embed's button.
// Applied by the compression stage (server.ts) to the whole pages every reader gets the same, under
// the static policy, which allows inline scripts: never on the nonce pages.
// A page without such scripts (or from a future Next.js that writes them differently) is unchanged.
// SCRIPTS_AFTER_PAINT=off turns it off (lib/env.ts).
// Relies on React: its framework scripts written as `<script src="/_next/static/…js" async="">` and its
// bootstrap preload link (checked on the served page by e2e/request-path.spec.ts; docs/decisions/034).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { PageRewrite } from "./compression";
import { env } from "@/lib/env";
import { hasStaticPolicy, requestUsesNoncePolicy } from "@/lib/security/response-headers";
import { SCRIPTS_AT_ONCE, SCRIPTS_ATTRIBUTE, SCRIPTS_WAITING, SCRIPTS_WHEN_NEAR } from "./scripts-on-demand";

/** The framework's scripts, as React writes them: our own build's files only. */
const FRAMEWORK_SCRIPT = /<script src="(\/_next\/static\/[\w\-./~]+\.js)" async=""><\/script>/g;
/** React's early fetch of the bootstrap chunk it writes late in the body. */
const FRAMEWORK_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[\w\-./~]+\.js"\/>/g;
const ONE_FRAMEWORK_SCRIPT = new RegExp(`^${FRAMEWORK_SCRIPT.source}$`);
const SCRIPT_START = '<script src="';
const SCRIPT_END = '" async=""></script>';
/**
 * Waits for the first contentful paint (a `paint` entry comes after the frame is on screen; animation
 * frames do not: Chromium runs them before its first paint is presented, which the trace of a
 * Lighthouse run shows), then a task later decides when the chunks are added (decision 064):
 * - at once when a part of the page needs them at once (`data-scripts="at-once"`: live coverage);
 * - else at the reader's first touch, click, pointer movement, key or focus (capturing listeners on
 *   the window, passive; a touch or press on a link is not one: that page is on its way), or when a
 *   part that needs them (`data-scripts="when-near"`: a reply thread, the reply form, the newsletter
 *   form, an embed) comes within a screen's height of the screen, whichever is first; meanwhile
 *   `<html data-scripts="on-demand">` says it waits. Without IntersectionObserver, a page with such a
 *   part adds them at once.
 * A browser without paint timing decides after two animation frames; a tab loaded in the background
 * (no paint until it is shown) decides at once; after three seconds it decides whatever happened.
 * The chunks run as they arrive, as async scripts did. The attribute names: ./scripts-on-demand.ts.
 */
const AT_ONCE = `[${SCRIPTS_ATTRIBUTE}="${SCRIPTS_AT_ONCE[SCRIPTS_ATTRIBUTE]}"]`;
const WHEN_NEAR = `[${SCRIPTS_ATTRIBUTE}="${SCRIPTS_WHEN_NEAR[SCRIPTS_ATTRIBUTE]}"]`;
const LOADER =
  "(function(s){var d=0,w=0,o,D=document,H=D.documentElement,E=['pointerdown','pointermove','touchstart','keydown','focusin'];" +
  // A press on a link is a page load on its way: the chunks would only compete with it.
  "function f(e){var t=e&&e.target;if(e&&(e.type==='pointerdown'||e.type==='touchstart')&&t&&t.closest&&t.closest('a[href]'))return;r()}" +
  `function r(){if(d)return;d=1;H.removeAttribute('${SCRIPTS_ATTRIBUTE}');if(o)o.disconnect();E.forEach(function(t){removeEventListener(t,f,true)});` +
  "s.forEach(function(u){var e=D.createElement('script');e.src=u;e.async=true;D.head.appendChild(e)})}" +
  `function g(){if(w)return;w=1;if(D.querySelector('${AT_ONCE}'))return r();` +
  `var n=D.querySelectorAll('${WHEN_NEAR}'),I=self.IntersectionObserver;if(n.length&&!I)return r();` +
  "E.forEach(function(t){addEventListener(t,f,{capture:true,passive:true})});" +
  "if(n.length){o=new I(function(l){for(var i=0;i<l.length;i++)if(l[i].isIntersecting)return r()},{rootMargin:'100% 0px'});" +
  `for(var i=0;i<n.length;i++)o.observe(n[i])}if(!d)H.setAttribute('${SCRIPTS_ATTRIBUTE}','${SCRIPTS_WAITING}')}` +
  "var P=self.PerformanceObserver;" +
  "if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0)new P(function(l,p){if(l.getEntriesByName('first-contentful-paint').length){p.disconnect();setTimeout(g,0)}}).observe({type:'paint',buffered:true});" +
  "else requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(g,0)})});" +
  "if(D.visibilityState==='hidden')g();setTimeout(g,3000)})";

/**
 * `page` with its framework scripts (and React's preload) taken out, added after the first paint.
 * Only the head is read as text; the body (most of a page) is searched as bytes, once.
 */
export function scriptsAfterPaint(page: Buffer): Buffer {
  const headEnd = page.indexOf("</head>");
  const bodyEnd = page.lastIndexOf("</body>");
  if (headEnd < 0 || bodyEnd < headEnd) return page;
  const sources: string[] = [];
  const head = page
    .toString("utf8", 0, headEnd)
    .replace(FRAMEWORK_SCRIPT, (_, source: string) => {
      sources.push(source);
      return "";
    })
    .replace(FRAMEWORK_PRELOAD, "");
  // React writes Next.js's bootstrap chunk late, in the body.
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

/** The chunks a rewritten page adds after its first paint (for the bench's count of a page's scripts). */
export function scriptsAddedAfterPaint(html: string): string[] {
  const list = /\}\)\((\["\/_next\/static\/[^<\]]*\])\)<\/script>/.exec(html)?.[1];
  return list ? (JSON.parse(list) as string[]) : [];
}

/**
 * For the compression stage: the rewrite of a whole HTML page for this request (GET, or HEAD for its
 * length), or undefined on the nonce pages. A response whose policy is not the static one is left
 * alone whatever its address: an inline script without the nonce would not run there.
 */
export function scriptsAfterPaintFor(request: IncomingMessage): PageRewrite | undefined {
  if (env.SCRIPTS_AFTER_PAINT === "off" || (request.method !== "GET" && request.method !== "HEAD") || requestUsesNoncePolicy(request)) return undefined;
  return rewriteUnderStaticPolicy;
}

function rewriteUnderStaticPolicy(body: Buffer, response: ServerResponse): Buffer {
  return hasStaticPolicy(response) ? scriptsAfterPaint(body) : body;
}
