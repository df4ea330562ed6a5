import Link from "next/link";
import { notFound } from "next/navigation";
import { PageEditor } from "@/components/front-page/page-editor";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { requirePagePermission } from "@/lib/auth/session";
import { editionHref } from "@/lib/editions/href";
import { getSitePageForEditing } from "@/lib/pages/queries";

export const metadata = { title: "Edit page" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditSitePage({ params, searchParams }: Props) {
  await requirePagePermission("pages:manage");
  const id = RecordIdSchema.safeParse((await params).id);
  const page = id.success ? await getSitePageForEditing(id.data) : null;
  if (!page) notFound();
  const saved = (await searchParams).saved === "1";
  // Its address inside its edition: /about, /fr/qui-sommes-nous.
  const address = editionHref(page.edition, `/${page.slug}`);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Edit page</h1>
        {page.published && (
          <Link href={address} prefetch={false} className="link-accent">
            View {address}
          </Link>
        )}
      </div>
      <PageEditor page={page} notice={saved ? (page.published ? `Saved. Readers see it at ${address}.` : "Saved as a draft: readers do not see it.") : undefined} />
    </>
  );
}
