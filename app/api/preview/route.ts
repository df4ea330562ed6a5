// Preview an article as readers will see it, before it is public: Next.js draft mode, for staff who
// may edit that article. The article page re-checks the user on every preview request.
import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { getArticleForEditor } from "@/lib/articles/dashboard-queries";
import { CHOOSE_PASSWORD_PATH, getCurrentUser } from "@/lib/auth/session";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect(CHOOSE_PASSWORD_PATH);
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const article = await getArticleForEditor(user, id);
  if (!article) return new Response("Not found", { status: 404 });
  (await draftMode()).enable();
  redirect(`/articles/${article.slug}`);
}
