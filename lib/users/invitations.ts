// Inviting someone: an account nobody knows the password of, a single-use link (72 hours) to choose
// one, its message in the outbox and the audit event, in one transaction. The dashboard's "Add user"
// (lib/users/mutations.ts) and the WordPress import's invited authors (lib/wordpress/import.ts) both
// come here. No "server-only": the import's command line runs it too.
import { randomBytes } from "node:crypto";
import { issueEmailLink } from "@/lib/auth/issue-email-link";
import { hashPassword } from "@/lib/auth/password";
import { db, type Role } from "@/lib/db";
import { invitationMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/outbox";

export type Invitation = {
  email: string;
  name: string;
  role: Role;
  /** Who the message says invites them: a person's name, or what did it ("The WordPress import"). */
  inviter: string;
  /** The administrator who invited them; null when no person did (an import from the command line). */
  actorId: string | null;
  /** The audit event's detail; the role by default. */
  detail?: string;
};

/** The new account's id. The caller has checked that nobody has an account with this address. */
export async function inviteUser(invitation: Invitation): Promise<{ id: string }> {
  const { email, name, role, inviter, actorId, detail = role } = invitation;
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, role, passwordHash }, select: { id: true } });
    const token = await issueEmailLink(tx, user.id, "invitation");
    await queueMail(tx, invitationMail(email, name, inviter, token));
    await tx.auditEvent.create({ data: { actorId, action: "user.invite", entityType: "user", entityId: user.id, detail } });
    return user;
  });
}
