import "server-only";
// Single-use links sent by email that let someone choose a password: an invitation (72 hours) or a
// password reset (1 hour). Only the token's hash is stored; using one marks it used, ends every
// other link of the same kind for that account, sets the password and ends every session.
import type { Refusal } from "@/lib/actions/state";
import { hashPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { hashLinkToken, isLinkTokenShape } from "@/lib/mail/tokens";
import type { LinkPurpose } from "./issue-email-link";

export { LINK_LIFETIME_MS, issueEmailLink, type LinkPurpose } from "./issue-email-link";

const EXPIRED: Record<LinkPurpose, string> = {
  invitation: "This invitation link has expired or was already used. Ask an administrator for a new one.",
  "password-reset": "This reset link has expired or was already used. Ask for a new one below.",
};

/** The account a link is for, if it is valid now (for showing the form). */
export async function findEmailLink(token: unknown, purpose: LinkPurpose, now = new Date()) {
  if (!isLinkTokenShape(token)) return null;
  const row = await db.emailToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, active: true } } },
  });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return row;
}

/** Use a link once: the password is set and every session of the account ends. */
export async function redeemEmailLink(token: unknown, purpose: LinkPurpose, password: string, now = new Date()): Promise<({ ok: true; email: string }) | Refusal> {
  const link = await findEmailLink(token, purpose, now);
  if (!link) return { ok: false, message: EXPIRED[purpose] };
  const passwordHash = await hashPassword(password);
  const used = await db.$transaction(async (tx) => {
    // Single use, even for two submissions at the same moment: only one can move usedAt from null.
    const claimed = await tx.emailToken.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) return false;
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash, mustChangePassword: false } });
    await tx.emailToken.deleteMany({ where: { userId: link.user.id, usedAt: null } });
    await tx.auditEvent.create({ data: { actorId: link.user.id, action: purpose === "invitation" ? "user.invitation-accepted" : "user.password-reset", entityType: "user", entityId: link.user.id } });
    return true;
  });
  if (!used) return { ok: false, message: EXPIRED[purpose] };
  await endAllSessions(link.user.id);
  return { ok: true, email: link.user.email };
}
