"use server";
// The dashboard's WordPress import (administrators): the upload is written to a temporary file and
// imported by the command line's script in a process of its own (scripts/import-wordpress.ts
// --from-dashboard): however long or hostile the file, the readers' event loop only waits on a pipe.
// Without --uploads (images are listed as not found and the articles keep pointing at the old
// addresses); what the import's writes expired is expired here too, so the administrator sees it at
// once. "Cancel import" (lib/wordpress/import-job.ts)
// stops it between two writes; importing the same file again resumes.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { formAction } from "@/lib/actions/staff-action";
import { errorState, invalidState, successState } from "@/lib/actions/state";
import { applyExpirations } from "@/lib/cache/running-site";
import type { DashboardImportOutcome } from "./import-job";
import { formatImportReport } from "./report";
import { WordPressImportSchema, checkWxrUpload } from "./schemas";

/** Run the import script on `file` in a child process; its last line of stdout is the outcome. */
function runImportProcess(file: string, dryRun: boolean, actorId: string): Promise<DashboardImportOutcome> {
  const script = path.join(/*turbopackIgnore: true*/ process.cwd(), "scripts", "import-wordpress.ts");
  const args = ["--max-old-space-size=512", "--import", "tsx", script, file, "--from-dashboard", `--actor-id=${actorId}`, ...(dryRun ? ["--dry-run"] : [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: process.cwd(), env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    // Bounded: the outcome is one line (a report's lists and the expired tags are bounded), errors a few.
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => void (stdout = (stdout + chunk).slice(-4_000_000)));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => void (stderr = (stderr + chunk).slice(-4_000)));
    child.on("error", (error) => resolve({ error: { kind: "stopped", message: error.message } }));
    child.on("close", (code, signal) => {
      const line = stdout.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(line) as DashboardImportOutcome);
      } catch {
        const last = stderr.trim().split("\n").at(-1) ?? "";
        // A process that died before its outcome took the list of what its writes expired with it.
        resolve({ error: { kind: "stopped", message: `the import process ended (${signal ?? `exit code ${code}`})${last ? `: ${last.slice(0, 300)}` : ""}` }, expired: dryRun ? null : { everything: true } });
      }
    });
  });
}

export const importWordPressAction = formAction({ permission: "site:import", schema: WordPressImportSchema }, async ({ dryRun }, { user, formData }) => {
  const upload = await checkWxrUpload(formData.get("file"));
  if (!upload.ok) return invalidState({ file: [upload.message] }, formData);
  const folder = await mkdtemp(/*turbopackIgnore: true*/ path.join(tmpdir(), "gazette-import-"));
  const file = path.join(folder, "export.xml");
  try {
    await writeFile(/*turbopackIgnore: true*/ file, Buffer.from(await upload.file.arrayBuffer()));
    const outcome = await runImportProcess(file, dryRun, user.id);
    // Each of the import's writes expired its own pages, collected in the import's process (no Next.js
    // there): this server expires them, so that the administrator sees the pages at once.
    applyExpirations(outcome.expired);
    if ("error" in outcome) {
      const { kind, message } = outcome.error;
      if (kind === "syntax") return invalidState({ file: [`This file is not a readable WordPress export: ${message}. Nothing was imported.`] }, formData);
      if (kind === "cancelled") return errorState("Cancelled. What was imported before is kept; import the same file again to resume.", formData);
      return errorState(`The import stopped: ${message.slice(0, 300)}. What was imported before is kept; import the same file again to resume.`, formData);
    }
    const report = outcome.report;
    report.file = upload.file.name.replace(/[^\w.\- ]/g, "_").slice(0, 100);
    return successState(dryRun ? "Checked: nothing was written. The report below says what an import would do." : "Imported. The report below says what was created.", { report: formatImportReport(report) });
  } finally {
    await rm(/*turbopackIgnore: true*/ folder, { recursive: true, force: true });
  }
});
