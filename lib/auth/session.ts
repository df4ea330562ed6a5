import "server-only";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { can, type Permission } from "@/lib/auth/permissions";
import { db, type Role } from "@/lib/db";

export type SessionUser = { id: string; name: string; email: string; role: Role };

export class AuthorizationError extends Error {
  constructor(readonly reason: "unauthenticated" | "forbidden") {
    super(reason === "unauthenticated" ? "Please sign in." : "You do not have permission to do that.");
  }
}

/**
 * The signed-in user, read fresh from the database: a deactivated user or a session issued before
 * the user's sessions were revoked is refused at once, even while its cookie is still valid.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true, sessionsValidFrom: true },
  });
  if (!user || !user.active) return null;
  // Sessions that began before the user's cut-off (deactivation, password change) are over.
  const signedInAt = (session as { signedInAt?: number } | null)?.signedInAt;
  if (typeof signedInAt !== "number" || signedInAt < user.sessionsValidFrom.getTime()) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError("unauthenticated");
  return user;
}

export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) throw new AuthorizationError("forbidden");
  return user;
}

/** For dashboard pages: sign-in page when signed out, 403 when the role lacks the permission. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!can(user.role, permission)) forbidden();
  return user;
}
