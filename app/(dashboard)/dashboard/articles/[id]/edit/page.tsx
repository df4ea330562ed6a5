import { notFound } from "next/navigation";
import { ArticleEditorPage } from "@/components/dashboard/article-editor-page";
import { CorrectionsPanel } from "@/components/dashboard/corrections-panel";
import { DeleteArticlePanel } from "@/components/dashboard/delete-article-panel";
import { savedMessage } from "@/lib/articles/outcomes";
import { isPublished } from "@/lib/articles/visibility";
import { listArticleCorrections } from "@/lib/corrections/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { getArticleForEditor, getArticleTranslations, getAutosave, getEditorOptions } from "@/lib/articles/dashboard-queries";
import { TranslationSourceNotice } from "@/components/dashboard/translation-source-notice";
import { TranslationsPanel } from "@/components/dashboard/translations-panel";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { LiveCoveragePanel } from "@/components/live/live-coverage-panel";
import { VISIBLE_STATUSES } from "@/lib/articles/visibility";
import { getLiveState } from "@/lib/live/queries";

export const metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; restored?: string; translated?: string }> };

const TRANSLATION_ADDED = "Translation added as a draft, prefilled from its source. Translate it, then choose its section and tags in this edition.";

export default async function EditArticlePage({ params, searchParams }: Props) {
  const user = await requirePagePermission("article:create");
  const { id } = await params;
  const [article, autosave] = await Promise.all([getArticleForEditor(user, id), getAutosave(user, id)]);
  if (!article) notFound();
  // The sections offered are the article's edition's.
  const [options, translations] = await Promise.all([getEditorOptions(user, article.editionId), getArticleTranslations(user, article)]);
  const { created, restored, translated } = await searchParams;
  const notice = restored ? "Revision restored." : translated ? TRANSLATION_ADDED : created ? savedMessage(created, article.publishedAt) : null;
  // Corrections and updates belong to what readers have seen: published articles only.
  const corrections = isPublished(article) ? await listArticleCorrections(article.id) : null;
  // Live coverage is for published or scheduled articles.
  const liveState = VISIBLE_STATUSES.includes(article.status) && can(user.role, "live:post:own") ? await getLiveState(article.id) : null;
  return (
    <>
      <ArticleEditorPage
        article={article}
        options={options}
        autosave={autosave}
        canPublish={can(user.role, "article:publish")}
        notice={notice}
        writerName={user.name}
        banner={
          article.translation && (
            <TranslationSourceNotice
              articleId={article.id}
              source={article.translation.source}
              sourceChangedAt={article.translation.sourceUpdated && article.translation.sourceChangedAt ? formatDateTime(article.translation.sourceChangedAt) : null}
            />
          )
        }
      />
      {translations && <TranslationsPanel articleId={article.id} translations={translations} />}
      {liveState && <LiveCoveragePanel articleId={article.id} state={liveState} />}
      {corrections && (
        <CorrectionsPanel
          articleId={article.id}
          notes={corrections.map((note) => ({ id: note.id, kind: note.kind, text: note.text, createdBy: note.createdBy, date: formatDate(note.createdAt) }))}
          canAdd={can(user.role, "article:correct")}
        />
      )}
      {can(user.role, "article:delete") && <DeleteArticlePanel articleId={article.id} title={article.title} />}
    </>
  );
}
