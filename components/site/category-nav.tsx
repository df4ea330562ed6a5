import { ReaderLink } from "@/components/site/reader-link";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site/site-footer";
import { getMenu } from "@/lib/menus/queries";
import { defaultHeaderMenu } from "@/lib/menus/defaults";
import { listNavigationCategories } from "@/lib/taxonomy/queries";
import { currentEdition } from "@/lib/editions/current";

/** The edition's header menu an editor chose at /dashboard/menus; until then, every section of the edition. */
export async function CategoryNav() {
  const edition = await currentEdition();
  const items = (await getMenu(edition.id, "header")) ?? defaultHeaderMenu(await listNavigationCategories(edition.id));
  if (items.length === 0) return null;
  const t = await getTranslations("Nav");
  return (
    <nav aria-label={t("sections")} className="border-t border-rule">
      <ul className="section-nav">
        {items.map((item, index) => (
          <li key={`${item.href}-${index}`}>
            <ReaderLink href={item.href}>{item.label}</ReaderLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The footer with the menu an editor chose; until then, the newsletter, the front page and corrections. */
export async function SiteFooterWithMenu() {
  const edition = await currentEdition();
  return <SiteFooter links={(await getMenu(edition.id, "footer")) ?? undefined} />;
}
