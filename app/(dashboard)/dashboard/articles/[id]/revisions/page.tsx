import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreRevisionButton } from "@/components/dashboard/restore-revision-button";
import { DateTime } from "@/components/ui/date-time";
import { listRevisions } from "@/lib/articles/dashboard-queries";
import { requirePagePermission } from "@/lib/auth/session";
import { wordDiff, type DiffPart } from "@/lib/content/diff";
import { listArticleCorrections } from "@/lib/corrections/queries";
import { CORRECTION_LABEL } from "@/lib/corrections/schemas";

export const metadata = { title: "Revisions" };

function Diff({ label, parts }: { label: string; parts: DiffPart[] }) {
  const changed = parts.some((part) => part.kind !== "same");
  return (
    <div>
      <h3 className="text-sm font-semibold">
        {label}
        {!changed && <span className="font-normal text-muted"> (unchanged)</span>}
      </h3>
      {changed && (
        <p className="mt-1 rounded border border-rule bg-white p-3 font-serif leading-relaxed whitespace-pre-wrap">
          {parts.map((part, index) =>
            part.kind === "added" ? (
              <ins key={index} className="bg-green-100 text-green-900 no-underline">
                {part.text}
              </ins>
            ) : part.kind === "removed" ? (
              <del key={index} className="bg-red-100 text-red-900">
                {part.text}
              </del>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </p>
      )}
    </div>
  );
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ r?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const user = await requirePagePermission("article:create");
  const data = await listRevisions(user, (await params).id);
  if (!data) notFound();
  const { article, revisions } = data;
  const selectedId = (await searchParams).r ?? revisions[0]?.id;
  const index = revisions.findIndex((revision) => revision.id === selectedId);
  const selected = revisions[index];
  const previous = revisions[index + 1];
  const corrections = await listArticleCorrections(article.id);

  return (
    <>
      <p className="text-sm">
        <Link href={`/dashboard/articles/${article.id}/edit`} className="underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Revisions of “{article.title}”</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <nav aria-label="Revisions">
          <ol className="space-y-1">
            {revisions.map((revision) => (
              <li key={revision.id}>
                <Link
                  href={`?r=${revision.id}`}
                  aria-current={revision.id === selected?.id ? "true" : undefined}
                  className="block rounded px-3 py-2 text-sm hover:bg-neutral-100 aria-[current=true]:bg-neutral-200"
                >
                  <span className="font-semibold">Version {revision.version}</span>
                  {revision.version === article.version && " (current)"}
                  <br />
                  <DateTime value={revision.createdAt} withTime /> · {revision.editor?.name ?? "unknown"}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        {selected && (
          <section aria-labelledby="changes-heading" className="min-w-0 space-y-4">
            <h2 id="changes-heading" className="font-serif text-xl font-bold">
              {previous ? `Changes in version ${selected.version} (from version ${previous.version})` : `Version ${selected.version}, the first`}
            </h2>
            <Diff label="Title" parts={wordDiff(previous?.title ?? "", selected.title)} />
            <Diff label="Standfirst" parts={wordDiff(previous?.standfirst ?? "", selected.standfirst)} />
            <Diff label="Body" parts={wordDiff(previous?.body ?? "", selected.body)} />
            {selected.version !== article.version && <RestoreRevisionButton revisionId={selected.id} version={selected.version} />}
          </section>
        )}
      </div>
      {corrections.length > 0 && (
        <section aria-labelledby="notes-heading" className="mt-10 max-w-3xl">
          <h2 id="notes-heading" className="font-serif text-xl font-bold">
            Corrections and updates
          </h2>
          <ol className="mt-3 space-y-2 text-sm">
            {corrections.map((note) => (
              <li key={note.id}>
                <strong>{CORRECTION_LABEL[note.kind]}</strong>, <DateTime value={note.createdAt} withTime /> · {note.createdBy ?? "unknown"}: {note.text}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
