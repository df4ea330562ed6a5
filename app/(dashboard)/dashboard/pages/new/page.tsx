import { PageEditor } from "@/components/front-page/page-editor";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata = { title: "New page" };

export default async function NewSitePage() {
  await requirePagePermission("pages:manage");
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">New page</h1>
      <PageEditor page={null} />
    </>
  );
}
