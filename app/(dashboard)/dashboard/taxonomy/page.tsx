import { CreateTermForm, TermRow } from "@/components/dashboard/taxonomy-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { listTermsForDashboard } from "@/lib/taxonomy/queries";
import type { TaxonomyKind } from "@/lib/users/schemas";

export const metadata = { title: "Categories and tags" };

export default async function TaxonomyPage() {
  await requirePagePermission("taxonomy:manage");
  const terms = await listTermsForDashboard();
  const sections: { kind: TaxonomyKind; title: string; rows: { id: string; name: string; count: number }[] }[] = [
    { kind: "category", title: "Categories", rows: terms.categories },
    { kind: "tag", title: "Tags", rows: terms.tags },
  ];
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Categories and tags</h1>
      <div className="mt-6 grid gap-10 xl:grid-cols-2">
        {sections.map((section) => (
          <section key={section.kind} aria-labelledby={`${section.kind}-heading`}>
            <h2 id={`${section.kind}-heading`} className="font-serif text-2xl font-bold">
              {section.title}
            </h2>
            <div className="mt-4">
              <CreateTermForm kind={section.kind} />
            </div>
            <ul className="mt-4">
              {section.rows.map((row) => (
                <TermRow
                  key={row.id}
                  kind={section.kind}
                  id={row.id}
                  name={row.name}
                  count={row.count}
                  others={section.rows.filter((other) => other.id !== row.id).map(({ id, name }) => ({ id, name }))}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
