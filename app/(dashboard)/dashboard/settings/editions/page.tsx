import Link from "next/link";
import { DataTable } from "@/components/dashboard/data-table";
import { EditionForm, EditionRowActions } from "@/components/dashboard/edition-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { listEditionsForSettings } from "@/lib/editions/queries";

export const metadata = { title: "Editions" };

const PAGE = "/dashboard/settings/editions";
const NOTICES: Record<string, string> = { saved: "Edition saved.", deleted: "Edition deleted." };

export default async function EditionsPage({ searchParams }: { searchParams: Promise<{ edit?: string; saved?: string; notice?: string }> }) {
  await requirePagePermission("settings:manage");
  const [editions, params] = await Promise.all([listEditionsForSettings(), searchParams]);
  const editing = typeof params.edit === "string" ? editions.find((edition) => edition.id === params.edit) : undefined;
  const notice = params.saved ? NOTICES.saved : NOTICES[params.notice ?? ""];
  return (
    <>
      <p className="text-sm">
        <Link href="/dashboard/settings" className="underline">
          Settings
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Editions</h1>
      <p className="mt-2 max-w-prose text-muted">
        Each edition is the site in one language. The default edition is served at /, every other one under its path, like /fr.
      </p>
      {notice && !editing && (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">
          {notice}
        </p>
      )}
      <DataTable
        caption="Editions"
        className="mt-6"
        minWidth="44rem"
        rowHeader
        columns={[
          { key: "language", label: "Language" },
          { key: "name", label: "Name" },
          { key: "path", label: "Path" },
          { key: "direction", label: "Text direction" },
          { key: "default", label: "Default" },
          { key: "actions", label: "Actions", hideLabel: true },
        ]}
        rows={editions.map((edition) => ({
          id: edition.id,
          label: edition.name,
          cells: [
            <code key="language">{edition.language}</code>,
            <span key="name" lang={edition.language} dir={edition.direction.toLowerCase()}>
              {edition.name}
            </span>,
            edition.isDefault ? `/${edition.path} (served at /)` : `/${edition.path}`,
            edition.direction === "RTL" ? "Right to left (RTL)" : "Left to right (LTR)",
            edition.isDefault ? "Yes" : "No",
            <div key="actions" className="flex flex-wrap items-start gap-3">
              <Link href={`${PAGE}?edit=${encodeURIComponent(edition.id)}`} className="py-2 underline">
                Edit<span className="sr-only"> {edition.name}</span>
              </Link>
              {!edition.isDefault && <EditionRowActions id={edition.id} name={edition.name} />}
            </div>,
          ],
        }))}
      />
      <div className="mt-10">
        {/* A new key per edition edited: the form starts from that edition's values. */}
        <EditionForm key={editing?.id ?? "new"} edition={editing} onDone={PAGE} />
      </div>
    </>
  );
}
