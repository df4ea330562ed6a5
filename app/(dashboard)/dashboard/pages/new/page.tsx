import { PageEditor } from "@/components/front-page/page-editor";
import { requirePagePermission } from "@/lib/auth/session";
import { deskEditions } from "@/lib/editions/queries";

export const metadata = { title: "New page" };

export default async function NewSitePage() {
  await requirePagePermission("pages:manage");
  const { editions } = await deskEditions(undefined);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">New page</h1>
      <PageEditor page={null} editions={editions} />
    </>
  );
}
