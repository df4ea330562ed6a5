// Server-side records of signed-in browsers. The session cookie is a JWT that stays valid until it
// expires, so without a record a copied cookie outlives signing out; with one, signing out deletes
// the record and getCurrentUser refuses the cookie from then on. docs/decisions/014-sign-in-hardening.md
import { db } from "@/lib/db";

export async function startSession(id: string, userId: string, expiresAt: Date): Promise<void> {
  // Signing in is rare enough to tidy up here: ended sessions leave nothing behind.
  await db.userSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.userSession.create({ data: { id, userId, expiresAt } });
}

export async function endSession(id: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id } });
}

/** Every session of this user, on every browser, ends now (and any cookie issued before now). */
export async function endAllSessions(userId: string): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionsValidFrom: new Date() } }),
    db.userSession.deleteMany({ where: { userId } }),
  ]);
}
