import { ReaderLink } from "@/components/site/reader-link";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { currentEdition } from "@/lib/editions/current";
import { editionDescription } from "@/lib/editions/description";
import { DEFAULT_FOOTER_MENU } from "@/lib/menus/defaults";
import type { MenuItem } from "@/lib/menus/schemas";

/** The default footer's links, named in the page's language (an editor's menu is as they wrote it). */
const DEFAULT_LABELS: Record<string, "newsletter" | "frontPage" | "corrections"> = { "/newsletter": "newsletter", "/": "frontPage", "/corrections": "corrections" };

/** The footer; `links` is the footer menu an editor chose (components/site/category-nav.tsx). */
export async function SiteFooter({ links: chosen }: { links?: MenuItem[] }) {
  const t = await getTranslations("Nav");
  const links = chosen ?? DEFAULT_FOOTER_MENU.map((item) => (DEFAULT_LABELS[item.href] ? { ...item, label: t(DEFAULT_LABELS[item.href]!) } : item));
  return (
    <footer className="site-footer">
      <div className="site-footer-bar">
        <p>{t.rich("copyright", { year: String(new Date().getFullYear()), site: env.SITE_NAME, description: editionDescription(await currentEdition()), bdi: (chunks) => <bdi>{chunks}</bdi> })}</p>
        {links.length > 0 && (
          <nav aria-label={t("footer")}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {links.map((link, index) => (
                <li key={`${link.href}-${index}`}>
                  <ReaderLink href={link.href}>{link.label}</ReaderLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </footer>
  );
}
