import { MenuEditor } from "@/components/front-page/menu-editor";
import { requirePagePermission } from "@/lib/auth/session";
import { DEFAULT_FOOTER_MENU, defaultHeaderMenu } from "@/lib/menus/defaults";
import { defaultEditionId } from "@/lib/editions/owner";
import { getMenusDesk } from "@/lib/menus/queries";
import { listNavigationCategories } from "@/lib/taxonomy/queries";

export const metadata = { title: "Menus" };

export default async function MenusPage() {
  await requirePagePermission("menus:manage");
  const editionId = await defaultEditionId();
  const desk = await getMenusDesk(editionId, { header: defaultHeaderMenu(await listNavigationCategories(editionId)), footer: DEFAULT_FOOTER_MENU });
  const choices = [
    { group: "Sections", items: desk.sections },
    { group: "Pages", items: [...desk.pages, { label: "Front page", href: "/" }, { label: "Corrections", href: "/corrections" }, { label: "Newsletter", href: "/newsletter" }] },
  ];
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Menus</h1>
      <p className="mt-2 max-w-3xl text-muted">Choose and order the links of the site’s header and footer: sections, pages or any address. Saved menus are on every page at once.</p>
      <div className="mt-6 grid gap-8 xl:grid-cols-2">
        <MenuEditor menu="header" title="Header menu" initial={desk.header} choices={choices} />
        <MenuEditor menu="footer" title="Footer menu" initial={desk.footer} choices={choices} />
      </div>
    </>
  );
}
