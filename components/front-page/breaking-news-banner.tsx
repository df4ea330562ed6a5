import { ReaderLink } from "@/components/site/reader-link";
import { getTranslations } from "next-intl/server";
import { currentEdition } from "@/lib/editions/current";
import { getBreakingNews } from "@/lib/front-page/queries";

/** The breaking-news banner an editor posts from the front-page desk, on every reader page of its edition. */
export async function BreakingNewsBanner() {
  const banner = await getBreakingNews((await currentEdition()).id);
  if (!banner) return null;
  const t = await getTranslations("Nav");
  const words = <span className="font-semibold">{banner.text}</span>;
  return (
    <aside aria-label={t("breakingLabel")} className="breaking-news">
      <p className="container-page flex flex-wrap items-baseline gap-x-3 py-2">
        <span className="text-xs font-bold tracking-wider uppercase">{t("breaking")}</span>
        {banner.link ? (
          <ReaderLink href={banner.link} className="underline underline-offset-2 hover:no-underline">
            {words}
          </ReaderLink>
        ) : (
          words
        )}
      </p>
    </aside>
  );
}
