"use server";
// The dashboard's WordPress import (administrators): the upload is written to a temporary file and
// imported like the command line does, without --uploads (images are listed as not found and the
// articles keep pointing at the old addresses); every reader page is expired afterwards.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { formAction } from "@/lib/actions/staff-action";
import { errorState, invalidState, successState } from "@/lib/actions/state";
import { expireEverything } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { importWordPress } from "./import";
import { importProgressWriter } from "./progress";
import { formatImportReport } from "./report";
import { WordPressImportSchema, checkWxrUpload } from "./schemas";
import { WxrSyntaxError } from "./wxr-reader";

export const importWordPressAction = formAction({ permission: "site:import", schema: WordPressImportSchema }, async ({ dryRun }, { user, formData }) => {
  const upload = await checkWxrUpload(formData.get("file"));
  if (!upload.ok) return invalidState({ file: [upload.message] }, formData);
  const folder = await mkdtemp(/*turbopackIgnore: true*/ path.join(tmpdir(), "gazette-import-"));
  const file = path.join(folder, "export.xml");
  const progress = importProgressWriter();
  try {
    await writeFile(/*turbopackIgnore: true*/ file, Buffer.from(await upload.file.arrayBuffer()));
    const report = await importWordPress(file, { dryRun, reportListLimit: 200, onProgress: progress.onProgress });
    report.file = upload.file.name.replace(/[^\w.\- ]/g, "_").slice(0, 100);
    if (!dryRun) {
      await db.auditEvent.create({
        data: { actorId: user.id, action: "wordpress.import", entityType: "import", entityId: report.source.slice(0, 200), detail: `${report.posts.created} posts, ${report.comments.created} comments` },
      });
      // New articles, categories, tags and authors everywhere: every reader page may have changed.
      expireEverything();
    }
    return successState(dryRun ? "Checked: nothing was written. The report below says what an import would do." : "Imported. The report below says what was created.", { report: formatImportReport(report) });
  } catch (error) {
    if (error instanceof WxrSyntaxError) return invalidState({ file: [`This file is not a readable WordPress export: ${error.message}. Nothing was imported.`] }, formData);
    if (error instanceof Error && !(error as { digest?: string }).digest) {
      return errorState(`The import stopped: ${error.message.slice(0, 300)}. What was imported before is kept; import the same file again to resume.`, formData);
    }
    throw error;
  } finally {
    await progress.done();
    await rm(/*turbopackIgnore: true*/ folder, { recursive: true, force: true });
  }
});
