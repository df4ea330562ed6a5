import { ArticleEditor, type ArticleEditorProps } from "@/components/dashboard/article-editor";
import { UnsavedDraftOffer } from "@/components/dashboard/unsaved-draft-offer";
import { StatusBadge } from "@/components/dashboard/status-badge";
import type { EditorArticle, EditorAutosave, EditorOptions } from "@/lib/articles/dashboard-queries";
import { editorStatus, editorValues, restorableAutosave } from "@/lib/articles/editor-values";
import { serializeBody } from "@/lib/content/document";
import { readStoredBody } from "@/lib/content/stored-body";
import { describeSiteTimeZone, formatDateTime, siteTimeZone } from "@/lib/format";

type Props = {
  article: EditorArticle | null;
  options: EditorOptions;
  autosave: EditorAutosave | null;
  canPublish: boolean;
  notice: string | null;
  /** The signed-in writer's name: their own byline when they have no author profile yet. */
  writerName: string;
  /** Shown under the heading, above the form (a translation's source and whether it changed). */
  banner?: React.ReactNode;
};

/** The editor reads body documents only; anything else kept by an older autosave is converted here. */
function withBodyDocument(values: Record<string, string>): Record<string, string> {
  return { ...values, body: serializeBody(readStoredBody(values.body ?? "")) };
}

/**
 * The editor for a new (article null) or existing article. An existing article's own unsaved
 * changes come back in its form; a new article always opens blank, and an unsaved earlier draft is
 * offered beside it, to restore or discard, never mixed into it.
 */
export function ArticleEditorPage({ article, options, autosave, canPublish, notice, writerName, banner }: Props) {
  const saved = editorValues(article, options.defaultAuthorId);
  const restorable = restorableAutosave(article, autosave);
  const editor: ArticleEditorProps = {
    articleId: article?.id ?? null,
    version: article?.version ?? 0,
    initial: withBodyDocument(restorable.restore ? { ...saved, ...restorable.restore.data } : saved),
    restoredNote: restorable.restore ? `Restored your unsaved changes from ${formatDateTime(restorable.restore.updatedAt)}.` : null,
    status: editorStatus(article),
    canPublish,
    heroImageUrl: article?.heroImageUrl ?? null,
    categories: options.categories,
    editions: options.editions,
    editionId: article?.editionId ?? null,
    writing: options.writing,
    authors: options.authors,
    writerName,
    notice,
    timeZone: siteTimeZone,
    timeZoneName: describeSiteTimeZone(),
  };
  const offer = restorable.offer && {
    title: restorable.offer.data.title?.trim() ?? "",
    savedAt: formatDateTime(restorable.offer.updatedAt),
    values: withBodyDocument({ ...saved, ...restorable.offer.data }),
  };
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-3xl font-bold">{article ? "Edit article" : "New article"}</h1>
        {article && <StatusBadge status={article.status} publishedAt={article.publishedAt} />}
      </div>
      {banner}
      {offer ? <UnsavedDraftOffer draft={offer} editor={editor} /> : <ArticleEditor key={article?.id ?? "new"} {...editor} />}
    </>
  );
}
