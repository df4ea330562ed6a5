import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { can, type Permission } from "@/lib/auth/permissions";
import { db, type Role } from "@/lib/db";

export type SessionUser = { id: string; name: string; email: string; role: Role; mustChangePassword: boolean };

export class AuthorizationError extends Error {
  constructor(readonly reason: "unauthenticated" | "forbidden" | "one-time-password") {
    super(
      {
        unauthenticated: "Please sign in.",
        forbidden: "You do not have permission to do that.",
        "one-time-password": "You signed in with a one-time password: choose your own password on your profile page first.",
      }[reason],
    );
  }
}

/** Where someone signed in with a one-time password is sent until they choose their own. */
export const CHOOSE_PASSWORD_PATH = "/dashboard/profile#password";

/**
 * The signed-in user, read fresh from the database once per request (React's cache): a deactivated
 * user, a session that was signed out (its server-side record is gone) or one issued before the
 * user's sessions were revoked is refused at once, even while its cookie is still valid.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { user?: { id?: string }; signedInAt?: number; sessionId?: string } | null;
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  // A cookie without a server-side session (signed out, or issued before sessions were recorded) is over.
  if (!id || typeof sessionId !== "string") return null;
  const record = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      expiresAt: true,
      user: { select: { id: true, name: true, email: true, role: true, active: true, sessionsValidFrom: true, mustChangePassword: true } },
    },
  });
  if (!record || record.userId !== id || record.expiresAt <= new Date()) return null;
  const user = record.user;
  if (!user.active) return null;
  // Sessions that began before the user's cut-off (deactivation, password change, "sign out everywhere") are over.
  const signedInAt = session.signedInAt;
  if (typeof signedInAt !== "number" || signedInAt < user.sessionsValidFrom.getTime()) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword };
});

type Options = {
  /** Only the password change itself (and the page it is on) is open before a one-time password is replaced. */
  allowWithOneTimePassword?: boolean;
};

export async function requireUser(options: Options = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError("unauthenticated");
  if (user.mustChangePassword && !options.allowWithOneTimePassword) throw new AuthorizationError("one-time-password");
  return user;
}

export async function requirePermission(permission: Permission, options: Options = {}): Promise<SessionUser> {
  const user = await requireUser(options);
  if (!can(user.role, permission)) throw new AuthorizationError("forbidden");
  return user;
}

/**
 * For dashboard pages: sign-in page when signed out, the password form while a one-time password is
 * in use, 403 when the role lacks the permission.
 */
export async function requirePagePermission(permission: Permission, options: Options = {}): Promise<SessionUser> {
  try {
    return await requirePermission(permission, options);
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    if (error.reason === "unauthenticated") redirect("/login");
    if (error.reason === "one-time-password") redirect(CHOOSE_PASSWORD_PATH);
    forbidden();
  }
}

/**
 * The current user when they may do this now, else null (no error): for pages open to everyone that
 * offer staff a little more (replies approved at once, previews of drafts). The same rule as requirePermission.
 */
export async function permittedUser(permission: Permission): Promise<SessionUser | null> {
  try {
    return await requirePermission(permission);
  } catch (error) {
    if (error instanceof AuthorizationError) return null;
    throw error;
  }
}
