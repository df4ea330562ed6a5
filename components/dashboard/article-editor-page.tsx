import { ArticleEditor } from "@/components/dashboard/article-editor";
import { StatusBadge } from "@/components/dashboard/status-badge";
import type { EditorArticle, EditorAutosave, EditorOptions } from "@/lib/articles/dashboard-queries";
import { editorStatus, editorValues } from "@/lib/articles/editor-values";
import { serializeBody } from "@/lib/content/document";
import { readStoredBody } from "@/lib/content/stored-body";

type Props = {
  article: EditorArticle | null;
  options: EditorOptions;
  autosave: EditorAutosave | null;
  canPublish: boolean;
  notice: string | null;
};

/** The editor for a new (article null) or existing article, with any unsaved autosave restored. */
export function ArticleEditorPage({ article, options, autosave, canPublish, notice }: Props) {
  const saved = editorValues(article, options.defaultAuthorId);
  // Unsaved changes newer than the article win: nothing typed is lost.
  const restore = autosave && (!article || autosave.updatedAt > article.updatedAt) ? autosave : null;
  const initial = restore ? { ...saved, ...restore.data } : saved;
  // The editor reads body documents only; anything else kept by an older autosave is converted here.
  initial.body = serializeBody(readStoredBody(initial.body ?? ""));
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
        initial={initial}
        restoredAutosaveAt={restore ? restore.updatedAt.toISOString() : null}
        status={editorStatus(article)}
        canPublish={canPublish}
        heroImageUrl={article?.heroImageUrl ?? null}
        categories={options.categories}
        authors={options.authors}
        notice={notice}
      />
    </>
  );
}
