import "server-only";
import { can } from "@/lib/auth/permissions";
import { AuthorizationError, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function listUsers(admin: SessionUser) {
  if (!can(admin.role, "user:manage")) throw new AuthorizationError("forbidden");
  return db.user.findMany({
    select: { id: true, name: true, email: true, role: true, active: true, lastLoginAt: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}

/** The signed-in user's own profile for the profile page. */
export async function getOwnProfile(user: SessionUser) {
  const author = await db.author.findUnique({
    where: { userId: user.id },
    select: { handle: true, displayName: true, bio: true, avatarUrl: true, website: true, links: { select: { label: true, url: true }, orderBy: { position: "asc" } } },
  });
  return { name: user.name, email: user.email, author };
}
