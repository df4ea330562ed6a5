// The dashboard's import form, shared by the form and its action. The file itself is checked in
// checkWxrUpload: size first, then its name or type, then that it starts like an XML document.
import { z } from "zod";

/** Uploads go through a server action (next.config.js serverActions.bodySizeLimit is 12 MB). */
export const IMPORT_UPLOAD_MAX_MB = 10;

export const WordPressImportSchema = z.object({
  dryRun: z
    .enum(["on"])
    .optional()
    .transform((value) => value === "on"),
});

const XML_TYPES = new Set(["", "text/xml", "application/xml", "application/rss+xml", "application/octet-stream"]);

/** The uploaded export, or the sentence to show at the file field. */
export async function checkWxrUpload(file: unknown): Promise<{ ok: true; file: File } | { ok: false; message: string }> {
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose the WordPress export file (an .xml file from Tools → Export)." };
  if (file.size > IMPORT_UPLOAD_MAX_MB * 1024 * 1024) {
    return { ok: false, message: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the dashboard takes up to ${IMPORT_UPLOAD_MAX_MB} MB. Import larger exports with npm run import:wordpress on the server.` };
  }
  if (!/\.xml$/i.test(file.name) || !XML_TYPES.has(file.type)) return { ok: false, message: "Upload the .xml file WordPress exports (WXR), not another kind of file." };
  const start = new TextDecoder().decode(await file.slice(0, 512).arrayBuffer()).replace(/^\uFEFF/, "").trimStart();
  if (!start.startsWith("<?xml") && !start.startsWith("<rss") && !start.startsWith("<!--")) return { ok: false, message: "This file is not XML: upload the export WordPress made (Tools → Export)." };
  return { ok: true, file };
}
