import "server-only";
import { can } from "@/lib/auth/permissions";
import { AuthorizationError, type SessionUser } from "@/lib/auth/session";
import { comparableName } from "@/lib/content/storable-text";
import { db } from "@/lib/db";

export async function listUsers(admin: SessionUser) {
  if (!can(admin.role, "user:manage")) throw new AuthorizationError("forbidden");
  const users = await db.user.findMany({
    select: { id: true, name: true, email: true, role: true, active: true, lastLoginAt: true, emailTokens: { where: { purpose: "invitation", usedAt: null }, select: { id: true }, take: 1 } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  // An invitation not yet accepted (waiting, or expired): the administrator may send a new one.
  return users.map(({ emailTokens, ...user }) => ({ ...user, invitationOpen: emailTokens.length > 0 }));
}

/** The signed-in user's own profile for the profile page. */
export async function getOwnProfile(user: SessionUser) {
  const author = await db.author.findUnique({
    where: { userId: user.id },
    select: { handle: true, displayName: true, bio: true, avatarUrl: true, website: true, links: { select: { label: true, url: true }, orderBy: { position: "asc" } } },
  });
  const preferences = await db.user.findUnique({ where: { id: user.id }, select: { notifyHeldReplies: true, notifyEditorial: true } });
  return { name: user.name, email: user.email, author, preferences: preferences ?? { notifyHeldReplies: true, notifyEditorial: true } };
}

/**
 * Whether a reader's chosen name is the name or byline of someone on the staff, so that a stranger
 * cannot reply as "Elena Editor". Staff are few: their names are compared in memory.
 */
export async function isStaffName(name: string): Promise<boolean> {
  const wanted = comparableName(name);
  const [users, bylines] = await Promise.all([
    db.user.findMany({ where: { active: true }, select: { name: true }, take: 5_000 }),
    db.author.findMany({ where: { userId: { not: null } }, select: { displayName: true }, take: 5_000 }),
  ]);
  return [...users.map((user) => user.name), ...bylines.map((author) => author.displayName)].some((staff) => comparableName(staff) === wanted);
}
