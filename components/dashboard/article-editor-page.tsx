import { ArticleEditor } from "@/components/dashboard/article-editor";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { getAutosave, getEditorOptions, type EditorArticle } from "@/lib/articles/dashboard-queries";
import { editorStatus, editorValues } from "@/lib/articles/editor-values";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** The editor for a new (article null) or existing article, with any unsaved autosave restored. */
export async function ArticleEditorPage({ user, article, notice }: { user: SessionUser; article: EditorArticle | null; notice: string | null }) {
  const [options, autosave, ownAuthor] = await Promise.all([
    getEditorOptions(user),
    getAutosave(user, article?.id ?? null),
    db.author.findUnique({ where: { userId: user.id }, select: { id: true } }),
  ]);
  const saved = editorValues(article, ownAuthor?.id ?? options.authors?.[0]?.id ?? null);
  // Unsaved changes newer than the article win: nothing typed is lost.
  const restore = autosave && (!article || autosave.updatedAt > article.updatedAt) ? autosave : null;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-3xl font-bold">{article ? "Edit article" : "New article"}</h1>
        {article && <StatusBadge status={article.status} publishedAt={article.publishedAt} />}
      </div>
      <ArticleEditor
        key={article?.id ?? "new"}
        articleId={article?.id ?? null}
        version={article?.version ?? 0}
        initial={restore ? { ...saved, ...restore.data } : saved}
        restoredAutosaveAt={restore ? restore.updatedAt.toISOString() : null}
        status={editorStatus(article)}
        canPublish={can(user.role, "article:publish")}
        heroImageUrl={article?.heroImageUrl ?? null}
        categories={options.categories}
        authors={options.authors}
        notice={notice}
      />
    </>
  );
}
