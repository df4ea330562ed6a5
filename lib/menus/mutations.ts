import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { expireTags, menuTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Refusal } from "@/lib/actions/state";
import { EDITION_GONE_MESSAGE } from "@/lib/editions/schemas";
import { editionExists } from "@/lib/editions/owner";
import { menuSettingKey, type MenuItem, type MenuName } from "./schemas";

/** Save an edition's menu: recorded in the audit trail, and the edition's reader pages show it on their next load. */
export async function saveMenu(user: SessionUser, menu: MenuName, items: MenuItem[], editionId: string): Promise<{ ok: true } | Refusal> {
  if (!(await editionExists(editionId))) return { ok: false, message: EDITION_GONE_MESSAGE };
  const key = menuSettingKey(menu, editionId);
  const value = JSON.stringify(items);
  await db.$transaction([
    db.siteSetting.upsert({ where: { key }, create: { key, value }, update: { value } }),
    db.auditEvent.create({ data: { actorId: user.id, action: "menu.save", entityType: "menu", entityId: key, detail: items.map((item) => item.label).join(", ").slice(0, 500) } }),
  ]);
  expireTags([menuTags.menus()]);
  return { ok: true };
}
