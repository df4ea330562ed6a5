// Preview an article as readers will see it, before it is public: Next.js draft mode, for staff who
// may edit that article. The article page re-checks the user on every preview request.
import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { getArticleForEditor } from "@/lib/articles/dashboard-queries";
import { requirePagePermission } from "@/lib/auth/session";
import { loggedRoute } from "@/lib/log";

export const GET = loggedRoute("/api/preview", async (request: Request) => {
  // Signed out: the sign-in page; a one-time password: the password form (as every dashboard page).
  const user = await requirePagePermission("dashboard:view");
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const article = await getArticleForEditor(user, id);
  if (!article) return new Response("Not found", { status: 404 });
  (await draftMode()).enable();
  redirect(`/articles/${article.slug}`);
});
