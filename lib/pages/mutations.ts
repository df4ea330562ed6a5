import "server-only";
// Writes of the site's own pages: each records an audit event and expires the page's address (the
// old one too when the address changes) and the menus, which may link to it.
import type { Refusal } from "@/lib/actions/state";
import type { SessionUser } from "@/lib/auth/session";
import { expireTags } from "@/lib/cache/tags";
import { bodyColumns } from "@/lib/content/stored-body";
import { db } from "@/lib/db";
import { defaultEditionId } from "@/lib/editions/owner";
import { isEditionPath } from "@/lib/editions/registry";
import { EDITION_GONE_MESSAGE } from "@/lib/editions/schemas";
import { editionHref } from "@/lib/editions/href";
import { sitePageWriteTags } from "./expiry";
import { EDITION_PATH_TAKEN_MESSAGE, type PageInput } from "./schemas";

export async function saveSitePage(user: SessionUser, id: string | null, input: PageInput): Promise<{ ok: true; id: string; slug: string; address: string } | Refusal> {
  const before = id ? await db.sitePage.findUnique({ where: { id }, select: { slug: true, editionId: true } }) : null;
  if (id && !before) return { ok: false, message: "This page was deleted. Copy your text, reload and start a new page." };
  // A new page joins the edition chosen in its form (none: the default); a page never changes
  // edition. Addresses are unique per edition.
  const editionId = before?.editionId ?? input.editionId ?? (await defaultEditionId());
  // Read once: whether a chosen edition still exists, and the address the page has in it.
  const edition = await db.edition.findUnique({ where: { id: editionId }, select: { path: true, isDefault: true } });
  if (!edition) return { ok: false, fieldErrors: { editionId: [EDITION_GONE_MESSAGE] } };
  const taken = await db.sitePage.findUnique({ where: { editionId_slug: { editionId, slug: input.slug } }, select: { id: true } });
  if (taken && taken.id !== id) return { ok: false, fieldErrors: { slug: ["Another page has this address: choose another."] } };
  if (await isEditionPath(input.slug)) return { ok: false, fieldErrors: { slug: [EDITION_PATH_TAKEN_MESSAGE] } };
  const data = { title: input.title, slug: input.slug, published: input.published, ...bodyColumns(input.body) };
  const saved = await db.$transaction(async (tx) => {
    const page = id
      ? await tx.sitePage.update({ where: { id }, data, select: { id: true, slug: true } })
      : await tx.sitePage.create({ data: { ...data, editionId }, select: { id: true, slug: true } });
    await tx.auditEvent.create({ data: { actorId: user.id, action: id ? "page.update" : "page.create", entityType: "page", entityId: page.id, detail: `${input.slug}: ${input.title}`.slice(0, 500) } });
    return page;
  });
  expireTags(sitePageWriteTags(saved.slug, before?.slug));
  return { ok: true, ...saved, address: editionHref(edition, `/${saved.slug}`) };
}
