"use client";
// The reader pages' client-side navigation, for every `ReaderLink` of the page at once
// (components/site/reader-link.tsx, docs/decisions/050-reader-links-without-hydration.md): a click on
// one goes through the App Router (no new document), as Next.js's <Link> does; a link the reader
// points at, touches or tabs to is prefetched first. Anything a browser should handle itself is
// left to it: a modified or middle click, another window, a download, another site, a jump within
// the page. Before the page's scripts run, the links are ordinary links.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

function readerLink(event: Event): URL | null {
  const anchor = event.target instanceof Element ? event.target.closest("a[data-reader-link]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download") || (anchor.target && anchor.target !== "_self")) return null;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin) return null;
  // The same page with another anchor: the browser scrolls.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return null;
  return url;
}

export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    const prefetched = new Set<string>();
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const url = readerLink(event);
      if (!url) return;
      event.preventDefault();
      router.push(url.pathname + url.search + url.hash);
    };
    const onIntent = (event: Event) => {
      const url = readerLink(event);
      const path = url && url.pathname + url.search;
      if (!path || prefetched.has(path)) return;
      prefetched.add(path);
      router.prefetch(path);
    };
    document.addEventListener("click", onClick);
    for (const type of ["mouseover", "touchstart", "focusin"]) document.addEventListener(type, onIntent, { passive: true });
    return () => {
      document.removeEventListener("click", onClick);
      for (const type of ["mouseover", "touchstart", "focusin"]) document.removeEventListener(type, onIntent);
    };
  }, [router]);
  return null;
}
