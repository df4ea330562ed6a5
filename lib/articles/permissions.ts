import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/db";

/** Articles this user may see and edit in the dashboard: all for editors, their own for authors. */
export function editableArticlesWhere(user: Pick<SessionUser, "id" | "role">): Prisma.ArticleWhereInput {
  if (can(user.role, "article:edit:any")) return {};
  if (can(user.role, "article:edit:own")) return { author: { userId: user.id } };
  return { id: "__none__" };
}

export function canEditArticle(user: Pick<SessionUser, "id" | "role">, article: { author: { userId: string | null } }): boolean {
  return can(user.role, "article:edit:any") || (can(user.role, "article:edit:own") && article.author.userId === user.id);
}
