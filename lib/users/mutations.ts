import "server-only";
import { randomBytes } from "node:crypto";
import type { Refusal } from "@/lib/actions/state";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { issueEmailLink } from "@/lib/auth/email-links";
import { endAllSessions } from "@/lib/auth/sessions";
import { invitationMail } from "@/lib/mail/messages";
import { inviteUser } from "./invitations";
import { mailIsConfigured, queueMail } from "@/lib/mail/outbox";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Role } from "@/lib/db";

type Result<T = object> = ({ ok: true } & T) | Refusal;

function audit(actorId: string, action: string, entityId: string, detail = "") {
  return db.auditEvent.create({ data: { actorId, action, entityType: "user", entityId, detail } });
}

/**
 * A new account. With mail set up, an invitation: a single-use link (72 hours) to choose a password,
 * written to the outbox in the same transaction as the account. Without mail, a one-time password,
 * returned once and never stored in clear.
 */
export async function createUser(
  admin: SessionUser,
  input: { name: string; email: string; role: Role },
): Promise<Result<{ invited: true } | { invited: false; password: string }>> {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, fieldErrors: { email: ["Someone already has an account with this email."] } };
  }
  if (mailIsConfigured()) {
    await inviteUser({ ...input, inviter: admin.name, actorId: admin.id });
    return { ok: true, invited: true };
  }
  const password = randomBytes(12).toString("base64url");
  const user = await db.user.create({
    data: { ...input, passwordHash: await hashPassword(password), mustChangePassword: true },
    select: { id: true },
  });
  await audit(admin.id, "user.create", user.id, input.role);
  return { ok: true, invited: false, password };
}

/**
 * A new invitation for someone who has not accepted theirs (lost, or expired after 72 hours): a new
 * link, written with its message in one transaction; issueEmailLink voids the earlier link.
 */
export async function resendInvitation(admin: SessionUser, userId: string): Promise<Result<{ name: string; email: string }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, active: true } });
  if (!user) return { ok: false, message: "That user no longer exists." };
  if (!user.active) return { ok: false, message: "Reactivate this account before inviting them again." };
  const pending = await db.emailToken.findFirst({ where: { userId, purpose: "invitation", usedAt: null }, select: { id: true } });
  if (!pending) return { ok: false, message: `${user.name} has no open invitation: they have chosen a password already.` };
  await db.$transaction(async (tx) => {
    const token = await issueEmailLink(tx, user.id, "invitation");
    await queueMail(tx, invitationMail(user.email, user.name, admin.name, token));
    await tx.auditEvent.create({ data: { actorId: admin.id, action: "user.invite-again", entityType: "user", entityId: user.id } });
  });
  return { ok: true, name: user.name, email: user.email };
}

export async function changeRole(admin: SessionUser, userId: string, role: Role): Promise<Result> {
  if (userId === admin.id) return { ok: false, message: "You cannot change your own role; ask another administrator." };
  const updated = await db.user.updateMany({ where: { id: userId }, data: { role } });
  if (updated.count === 0) return { ok: false, message: "That user no longer exists." };
  await audit(admin.id, "user.role", userId, role);
  return { ok: true };
}

/** Deactivation locks the user out at once: their live sessions stop working on the next request. */
export async function setActive(admin: SessionUser, userId: string, active: boolean): Promise<Result> {
  if (userId === admin.id) return { ok: false, message: "You cannot deactivate yourself." };
  const updated = await db.user.updateMany({
    where: { id: userId },
    data: active ? { active } : { active, sessionsValidFrom: new Date() },
  });
  if (updated.count === 0) return { ok: false, message: "That user no longer exists." };
  // Their signed-in browsers are over (the cut-off above refuses them; this removes their records).
  if (!active) await endAllSessions(userId);
  await audit(admin.id, active ? "user.reactivate" : "user.deactivate", userId);
  return { ok: true };
}

/** A new password ends every session, this one included, so the user signs in again with it. */
export async function changePassword(user: SessionUser, current: string, next: string): Promise<Result> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row || !(await verifyPassword(row.passwordHash, current))) {
    return { ok: false, fieldErrors: { currentPassword: ["That is not your current password."] } };
  }
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(next), mustChangePassword: false } });
  // A new password ends every session, this one included: one way to end them all.
  await endAllSessions(user.id);
  await audit(user.id, "user.password", user.id);
  return { ok: true };
}

export async function saveEmailPreferences(user: SessionUser, input: { notifyHeldReplies: boolean; notifyEditorial: boolean }): Promise<void> {
  await db.user.update({ where: { id: user.id }, data: input });
}
