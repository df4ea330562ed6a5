import { EditionSwitch } from "@/components/dashboard/edition-switch";
import { CreateTermForm, MergeTermsForm, TermRow } from "@/components/dashboard/taxonomy-forms";
import { deskEditions } from "@/lib/editions/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { listTermsForDashboard } from "@/lib/taxonomy/queries";
import type { TaxonomyKind } from "@/lib/taxonomy/schemas";

export const metadata = { title: "Categories and tags" };

const NOTICES: Record<string, string> = {
  "merged-category": "Categories merged. Their articles moved across.",
  "merged-tag": "Tags merged. Their articles moved across.",
  "deleted-category": "Category deleted. Its articles are still published, without a category.",
  "deleted-tag": "Tag deleted. Its articles are still published.",
};

export default async function TaxonomyPage({ searchParams }: { searchParams: Promise<{ notice?: string; edition?: string }> }) {
  await requirePagePermission("taxonomy:manage");
  const params = await searchParams;
  const notice = NOTICES[params.notice ?? ""];
  // Sections and tags belong to one edition: the list shows one at a time.
  const { current, editions } = await deskEditions(params.edition);
  const terms = await listTermsForDashboard(current.id);
  const sections: { kind: TaxonomyKind; title: string; rows: { id: string; name: string; count: number }[] }[] = [
    { kind: "category", title: "Categories", rows: terms.categories },
    { kind: "tag", title: "Tags", rows: terms.tags },
  ];
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Categories and tags</h1>
      <EditionSwitch editions={editions} current={current} desk="/dashboard/taxonomy" />
      {notice && (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">
          {notice}
        </p>
      )}
      <div className="mt-6 grid gap-10 xl:grid-cols-2">
        {sections.map((section) => (
          <section key={section.kind} aria-labelledby={`${section.kind}-heading`}>
            <h2 id={`${section.kind}-heading`} className="section-title">
              {section.title}
            </h2>
            <div className="mt-4 space-y-4">
              <CreateTermForm kind={section.kind} editionId={current.id} />
              <MergeTermsForm kind={section.kind} terms={section.rows.map(({ id, name }) => ({ id, name }))} />
            </div>
            <ul className="mt-4">
              {section.rows.map((row) => (
                <TermRow
                  key={row.id}
                  kind={section.kind}
                  id={row.id}
                  name={row.name}
                  count={row.count}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
