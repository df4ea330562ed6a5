import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { expireTags, menuTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { menuSettingKey, type MenuItem, type MenuName } from "./schemas";

/** Save a menu: recorded in the audit trail, and every reader page shows it on its next load. */
export async function saveMenu(user: SessionUser, menu: MenuName, items: MenuItem[]): Promise<void> {
  const key = menuSettingKey(menu);
  const value = JSON.stringify(items);
  await db.$transaction([
    db.siteSetting.upsert({ where: { key }, create: { key, value }, update: { value } }),
    db.auditEvent.create({ data: { actorId: user.id, action: "menu.save", entityType: "menu", entityId: menu, detail: items.map((item) => item.label).join(", ").slice(0, 500) } }),
  ]);
  expireTags([menuTags.menus()]);
}
