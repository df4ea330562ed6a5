// A body as stored in the database, read back as a document. Bodies are documents since the rich-text
// editor; a Markdown body left from before it (a database restored from an old backup, a row written
// by hand) is converted on the fly by the same code as scripts/convert-bodies.ts, so no reader ever
// sees Markdown source. A stored document that fails the checks (written around the app) shows as
// its text only, never as markup.
import { looksLikeDocumentJson, parseBodyJson, serializeBody, type BodyDocument } from "./document";
import { documentText } from "./document-render";
import { markdownToDocument } from "./markdown-to-document";

export function readStoredBody(stored: string): BodyDocument {
  if (looksLikeDocumentJson(stored)) {
    const checked = parseBodyJson(stored);
    if (checked.ok) return checked.document;
    return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "This article's body could not be read. An editor has to save it again." }] }] };
  }
  return markdownToDocument(stored);
}

/** The columns a body is stored in: the document as JSON, and its words for search and reading time. */
export function bodyColumns(document: BodyDocument): { body: string; bodyText: string } {
  return { body: serializeBody(document), bodyText: documentText(document) };
}

/** A body given as a document or as Markdown (seeds and test factories), as stored columns. */
export function bodyColumnsFrom(body: BodyDocument | string): { body: string; bodyText: string } {
  return bodyColumns(typeof body === "string" ? markdownToDocument(body) : body);
}
