import { ReaderLink } from "@/components/site/reader-link";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { DEFAULT_FOOTER_MENU } from "@/lib/menus/defaults";
import type { MenuItem } from "@/lib/menus/schemas";

/** The footer; `links` is the footer menu an editor chose (components/site/category-nav.tsx). */
export async function SiteFooter({ links = DEFAULT_FOOTER_MENU }: { links?: MenuItem[] }) {
  const t = await getTranslations("Nav");
  return (
    <footer className="site-footer">
      <div className="site-footer-bar">
        <p>{t("copyright", { year: String(new Date().getFullYear()), site: env.SITE_NAME, description: env.SITE_DESCRIPTION })}</p>
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
