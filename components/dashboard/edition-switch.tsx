import Link from "next/link";
import type { DeskEdition } from "@/lib/editions/queries";

/**
 * Which edition a desk shows, and links to the others (nothing on a site of one edition). Each desk
 * (sections and tags, the front page, menus, pages) keeps the choice in its address: `?edition=<id>`.
 */
export function EditionSwitch({ editions, current, desk }: { editions: DeskEdition[]; current: DeskEdition; desk: string }) {
  if (editions.length < 2) return null;
  return (
    <nav aria-label="Editions" className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <span className="font-semibold">Edition:</span>
      <ul className="flex flex-wrap gap-2">
        {editions.map((edition) => (
          <li key={edition.id}>
            <Link
              href={`${desk}?${new URLSearchParams({ edition: edition.id })}`}
              aria-current={edition.id === current.id ? "page" : undefined}
              className="rounded border border-rule px-3 py-1 hover:border-ink aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              {edition.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
