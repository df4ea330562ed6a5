import Link from "next/link";
import { env } from "@/lib/env";

/** Masthead. The section navigation is passed in, so pages without database access can omit it. */
export function SiteHeader({ navigation }: { navigation?: React.ReactNode }) {
  return (
    <header className="border-b-4 border-double border-ink">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-paper focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="container-page flex flex-wrap items-end justify-between gap-2 py-4 sm:py-6">
        <Link href="/" className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">
          {env.SITE_NAME}
        </Link>
        <div className="flex flex-col items-start gap-2 sm:items-end">
          <p className="text-sm text-muted">{env.SITE_DESCRIPTION}</p>
          <form role="search" action="/search" className="flex gap-1">
            <label htmlFor="site-search" className="sr-only">
              Search the site
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder="Search"
              className="w-40 rounded border border-neutral-400 px-2 py-1.5 text-sm sm:w-56"
            />
            <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-white hover:bg-neutral-700">
              Search
            </button>
          </form>
        </div>
      </div>
      {navigation}
    </header>
  );
}
