import { ReaderLink } from "@/components/site/reader-link";
import { env } from "@/lib/env";

/** Masthead. The section navigation is passed in, so pages without database access can omit it. */
export function SiteHeader({ navigation }: { navigation?: React.ReactNode }) {
  return (
    <header className="masthead">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="masthead-bar">
        <ReaderLink href="/" className="masthead-title">
          {env.SITE_NAME}
        </ReaderLink>
        <div className="masthead-side">
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
              className="site-search-input"
            />
            <button type="submit" className="site-search-button">
              Search
            </button>
          </form>
        </div>
      </div>
      {navigation}
    </header>
  );
}
