import { ArticleEditorPage } from "@/components/dashboard/article-editor-page";
import { getAutosave, getEditorOptions } from "@/lib/articles/dashboard-queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requirePagePermission("article:create");
  const [options, autosave] = await Promise.all([getEditorOptions(user), getAutosave(user, null)]);
  return <ArticleEditorPage article={null} options={options} autosave={autosave} canPublish={can(user.role, "article:publish")} notice={null} writerName={user.name} />;
}
