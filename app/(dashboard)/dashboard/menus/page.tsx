import { MenuEditor } from "@/components/front-page/menu-editor";
import { requirePagePermission } from "@/lib/auth/session";
import { DEFAULT_FOOTER_MENU, defaultHeaderMenu } from "@/lib/menus/defaults";
import { EditionSwitch } from "@/components/dashboard/edition-switch";
import { deskEditions } from "@/lib/editions/queries";
import { getMenusDesk } from "@/lib/menus/queries";
import { listNavigationCategories } from "@/lib/taxonomy/queries";

export const metadata = { title: "Menus" };

export default async function MenusPage({ searchParams }: { searchParams: Promise<{ edition?: string }> }) {
  await requirePagePermission("menus:manage");
  // Each edition has its own menus; the desk shows one edition's at a time.
  const { current, editions } = await deskEditions((await searchParams).edition);
  const editionId = current.id;
  const desk = await getMenusDesk(editionId, { header: defaultHeaderMenu(await listNavigationCategories(editionId)), footer: DEFAULT_FOOTER_MENU });
  const choices = [
    { group: "Sections", items: desk.sections },
    { group: "Pages", items: [...desk.pages, { label: "Front page", href: "/" }, { label: "Corrections", href: "/corrections" }, { label: "Newsletter", href: "/newsletter" }] },
  ];
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Menus</h1>
      <p className="mt-2 max-w-3xl text-muted">Choose and order the links of the site’s header and footer: sections, pages or any address. Saved menus are on every page of the edition at once.</p>
      <EditionSwitch editions={editions} current={current} desk="/dashboard/menus" />
      <div className="mt-6 grid gap-8 xl:grid-cols-2">
        {/* Keyed by edition: switching editions starts each editor from that edition's menu. */}
        <MenuEditor key={`header-${editionId}`} menu="header" title="Header menu" initial={desk.header} choices={choices} editionId={editionId} />
        <MenuEditor key={`footer-${editionId}`} menu="footer" title="Footer menu" initial={desk.footer} choices={choices} editionId={editionId} />
      </div>
    </>
  );
}
