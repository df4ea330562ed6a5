import { ArticleEditorPage } from "@/components/dashboard/article-editor-page";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requirePagePermission("article:create");
  return <ArticleEditorPage user={user} article={null} notice={null} />;
}
