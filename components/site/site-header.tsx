import { ReaderLink } from "@/components/site/reader-link";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { currentEdition, editionPath } from "@/lib/editions/current";
import { editionDescription } from "@/lib/editions/description";

/** Masthead. The section navigation is passed in, so pages without database access can omit it. */
export async function SiteHeader({ navigation }: { navigation?: React.ReactNode }) {
  const t = await getTranslations("Nav");
  const [searchPage, tagline] = [await editionPath("/search"), editionDescription(await currentEdition())];
  return (
    <header className="masthead">
      <a href="#main" className="skip-link">
        {t("skip")}
      </a>
      <div className="masthead-bar">
        <ReaderLink href="/" className="masthead-title">
          {env.SITE_NAME}
        </ReaderLink>
        <div className="masthead-side">
          {/* The edition's tagline (or the site's, in whatever language it was written): isolated, so its full stop stays at its end. */}
          <p className="text-sm text-muted">
            <bdi>{tagline}</bdi>
          </p>
          <form role="search" action={searchPage} className="flex gap-1">
            <label htmlFor="site-search" className="sr-only">
              {t("searchLabel")}
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              dir="auto"
              placeholder={t("searchPlaceholder")}
              className="site-search-input"
            />
            <button type="submit" className="site-search-button">
              {t("searchButton")}
            </button>
          </form>
        </div>
      </div>
      {navigation}
    </header>
  );
}
