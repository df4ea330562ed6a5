import { WordPressImportForm } from "@/components/dashboard/wordpress-import-form";
import { requirePagePermission } from "@/lib/auth/session";
import { IMPORT_UPLOAD_MAX_MB } from "@/lib/wordpress/schemas";

export const metadata = { title: "Import from WordPress" };

export default async function ImportPage() {
  await requirePagePermission("site:import");
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Import from WordPress</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Posts, their comments, authors (as bylines, without a login), categories and tags. Importing the same file again creates nothing twice, and old WordPress
        addresses of imported posts redirect to their new ones. Pages, attachments and menus are listed in the report but not imported. To bring the images too,
        or for an export larger than {IMPORT_UPLOAD_MAX_MB} MB, run <code>npm run import:wordpress -- export.xml --uploads wp-content/uploads</code> on the server.
      </p>
      <div className="mt-6 max-w-3xl">
        <WordPressImportForm maxMb={IMPORT_UPLOAD_MAX_MB} />
      </div>
    </>
  );
}
