import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { readerQuery } from "@/lib/cache/reader-cache";
import { menuTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { listPublishedSitePages } from "@/lib/pages/queries";
import { MenuItemsSchema, menuSettingKey, type MenuItem, type MenuName } from "./schemas";

export function parseMenu(text: string | undefined): MenuItem[] | null {
  if (text === undefined) return null;
  try {
    const parsed = MenuItemsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** An edition's menu as an editor saved it, or null when none was ever saved (the page then shows its default). */
export const getMenu = readerQuery(
  "menu",
  async (editionId: string, menu: MenuName): Promise<MenuItem[] | null> => {
    const row = await db.siteSetting.findUnique({ where: { key: menuSettingKey(menu, editionId) }, select: { value: true } });
    return parseMenu(row?.value);
  },
  () => [menuTags.menus()],
);

/**
 * The menus desk: an edition's two menus (or what its readers see without them) and what can be added:
 * its sections and pages, as addresses inside the edition (reader links add its path).
 */
export async function getMenusDesk(editionId: string, defaults: Record<MenuName, MenuItem[]>) {
  await requirePermission("menus:manage");
  const [rows, sections] = await Promise.all([
    db.siteSetting.findMany({ where: { key: { in: [menuSettingKey("header", editionId), menuSettingKey("footer", editionId)] } }, select: { key: true, value: true } }),
    db.category.findMany({ where: { editionId }, select: { slug: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
  ]);
  const saved = (menu: MenuName) => parseMenu(rows.find((row) => row.key === menuSettingKey(menu, editionId))?.value);
  return {
    header: saved("header") ?? defaults.header,
    footer: saved("footer") ?? defaults.footer,
    sections: sections.map((section) => ({ label: section.name, href: `/category/${section.slug}` })),
    /** The site's own published pages (About, Contact, …). */
    pages: (await listPublishedSitePages(editionId)).map((page) => ({ label: page.title, href: `/${page.slug}` })),
  };
}
