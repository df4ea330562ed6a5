"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { slugify } from "@/lib/content/slug";
import { CARD_DESCRIPTION_MAX, CARD_TITLE_MAX, SEARCH_DESCRIPTION_MAX, SEARCH_TITLE_MAX, truncateForPreview } from "@/lib/seo/preview-text";

// What a search engine and a social network would show for the article, updated while typing. It
// reads the editor's own fields from the form it sits in (no server call, no second source of truth).

type Fields = { title: string; seoTitle: string; slug: string; slugHint: string; standfirst: string; seoDescription: string };

function readFields(form: HTMLFormElement): Fields {
  const value = (name: string) => {
    const element = form.elements.namedItem(name);
    return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : "";
  };
  const title = value("title");
  return { title, seoTitle: value("seoTitle"), slug: value("slug"), slugHint: slugify(title), standfirst: value("standfirst"), seoDescription: value("seoDescription") };
}

const noSubscription = () => () => {};

/** The site's name as the page declares it (the root layout's application-name). */
function siteNameFromPage(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="application-name"]')?.content ?? "";
}

export function SeoPreview({ imageUrl }: { imageUrl: string | null }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [fields, setFields] = useState<Fields | null>(null);
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const siteName = useSyncExternalStore(noSubscription, siteNameFromPage, () => "");

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const update = () => setFields(readFields(form));
    // The fields as the form holds them now (a restored autosave included), then on every keystroke.
    const first = setTimeout(update, 0);
    form.addEventListener("input", update);
    return () => {
      clearTimeout(first);
      form.removeEventListener("input", update);
    };
  }, []);

  const title = fields ? fields.seoTitle.trim() || fields.title.trim() : "";
  const description = fields ? fields.seoDescription.trim() || fields.standfirst.trim() : "";
  const path = `/articles/${fields?.slug.trim() || fields?.slugHint || "…"}`;
  const host = origin.replace(/^https?:\/\//, "");
  return (
    <div ref={anchor} className="space-y-4">
      <section aria-label="Search result preview" className="rounded border border-rule bg-white p-3">
        <h3 className="mb-2 text-xs font-semibold tracking-wider text-muted uppercase">Search result</h3>
        <p className="truncate text-xs text-neutral-700">
          {host}
          {path.replace(/\//g, " › ").replace(/^ › /, " › ")}
        </p>
        <p className="text-lg leading-snug text-[#1a0dab]" data-preview="search-title">
          {title ? truncateForPreview(siteName ? `${title} · ${siteName}` : title, SEARCH_TITLE_MAX) : "Add a title"}
        </p>
        <p className="text-sm text-neutral-700" data-preview="search-description">
          {description ? truncateForPreview(description, SEARCH_DESCRIPTION_MAX) : "Add a standfirst or an SEO description: search engines show it here."}
        </p>
      </section>
      <section aria-label="Social card preview" className="overflow-hidden rounded border border-rule bg-white">
        <h3 className="px-3 pt-3 text-xs font-semibold tracking-wider text-muted uppercase">Social card</h3>
        {imageUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- the stored hero image, as a share shows it
          <img src={imageUrl} alt="" className="mt-2 aspect-[1200/630] w-full object-cover" />
        ) : (
          <div className="mt-2 flex aspect-[1200/630] w-full items-center justify-center bg-neutral-800 p-4 text-center font-serif text-white">
            {title || siteName}
          </div>
        )}
        <div className="space-y-1 p-3">
          <p className="text-xs text-muted uppercase">{host}</p>
          <p className="font-semibold leading-snug" data-preview="card-title">
            {title ? truncateForPreview(title, CARD_TITLE_MAX) : "Add a title"}
          </p>
          <p className="text-sm text-neutral-700" data-preview="card-description">
            {truncateForPreview(description, CARD_DESCRIPTION_MAX)}
          </p>
        </div>
      </section>
    </div>
  );
}
