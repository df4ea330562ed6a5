import { notFound } from "next/navigation";
import { ArticleEditorPage } from "@/components/dashboard/article-editor-page";
import { getArticleForEditor, getAutosave, getEditorOptions } from "@/lib/articles/dashboard-queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata = { title: "Edit article" };

const NOTICES: Record<string, string> = {
  save: "Draft saved.",
  submit: "Submitted for review. An editor will publish it.",
  publish: "Published. It is live on the site now.",
  schedule: "Scheduled.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; restored?: string }> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const user = await requirePagePermission("article:create");
  const { id } = await params;
  const [article, options, autosave] = await Promise.all([getArticleForEditor(user, id), getEditorOptions(user), getAutosave(user, id)]);
  if (!article) notFound();
  const { created, restored } = await searchParams;
  const notice = restored ? "Revision restored." : created ? (NOTICES[created] ?? "Saved.") : null;
  return <ArticleEditorPage article={article} options={options} autosave={autosave} canPublish={can(user.role, "article:publish")} notice={notice} />;
}
