// Stage "form bodies": a multipart form sent to a server action (with Next.js's header, or posted by
// a browser without script) is read whole and checked with the parser Next.js will use, before Next.js
// parses it. Next.js answers a malformed part (a header line without a colon, a NUL in a file name)
// with a 500 and a stack trace in the log, and offers no hook to answer otherwise (its action handler
// sets the 500 itself; onRequestError only reports): here it gets a 400 and one sentence.
// The body's size is bounded before this stage: the early refusals demand a Content-Length within
// the action's limit (action-guard.ts), and Node's parser delivers no more than that.
//
// A well-formed body is handed on in a request of its own (Node's IncomingMessage, on the same
// connection, with the same headers) that replays the bytes read; nothing on the original is
// replaced. It is marked `complete`, as Node's HTTP parser marks a request whose body has all arrived:
// without it, once the replayed body has been read, the stream's auto-destroy takes it for a request
// the client abandoned and destroys the connection, and Next.js's answer never reaches the client
// (what happened to the first version of this stage, decision 034).
//
// Relies on, in Next.js 16 (app-render/action-handler.js): an action call with the Next-Action header
// and a multipart body is parsed with busboy (the same package, pinned here); a multipart post without
// it (a form sent without script) is parsed by `Request.formData()` (Node's own). A body is checked
// with both, whichever Next.js will use.
import { IncomingMessage } from "node:http";
import busboy from "busboy";
import { DASHBOARD_ACTION_MAX_BYTES } from "./action-guard";
import { isServerActionCall } from "./early-refusals";
import type { Stage } from "./pipeline";

const MULTIPART = /^multipart\/form-data\b/i;
export const MALFORMED_FORM_MESSAGE = "This form could not be read: one of its parts is malformed. Reload the page and send it again.";

type Headers = IncomingMessage["headers"];

/**
 * Null when busboy (Next.js's parser for action calls) reads `body` whole, else its complaint. An
 * action call (Next-Action header) must also carry React's root row, the field "0": React's
 * encodeReply always writes it, and without it React's decodeReply fails ("Connection closed.")
 * and Next.js answers 500.
 */
function busboyProblem(headers: Headers, body: Buffer): Promise<string | null> {
  const needsRoot = headers["next-action"] !== undefined;
  let sawRoot = false;
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      // No limits on parts here: the whole body is already within the action's byte limit.
      parser = busboy({ headers, defParamCharset: "utf8" });
    } catch (error) {
      return resolve((error as Error).message);
    }
    parser.on("file", (_name, stream) => stream.resume());
    parser.on("field", (name) => {
      if (name === "0") sawRoot = true;
    });
    parser.on("error", (error: Error) => resolve(error.message));
    parser.on("close", () => resolve(needsRoot && !sawRoot ? "an action call without its arguments (no field “0”)" : null));
    parser.end(body);
  });
}

/** Null when `Request.formData()` (Next.js's parser for forms posted without script) reads `body`, else its complaint. */
async function formDataProblem(type: string, body: Buffer): Promise<string | null> {
  try {
    await new Response(new Uint8Array(body), { headers: { "Content-Type": type } }).formData();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Null when `body` is a multipart body both of Next.js's parsers read, else the first complaint.
 * Both, whichever Next.js would use for this request: a part busboy refuses (a NUL in a file name)
 * is malformed for `Request.formData()` too, though it lets it through.
 */
export async function multipartProblem(headers: Headers, body: Buffer): Promise<string | null> {
  return (await busboyProblem(headers, body)) ?? (await formDataProblem(headers["content-type"] ?? "", body));
}

/** The request Next.js is handed: `original`'s line, headers and connection, and `body` as its body. */
export function replayRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(original.socket);
  replay.method = original.method;
  replay.url = original.url;
  replay.headers = original.headers;
  replay.rawHeaders = original.rawHeaders;
  replay.trailers = original.trailers;
  replay.rawTrailers = original.rawTrailers;
  replay.httpVersion = original.httpVersion;
  replay.httpVersionMajor = original.httpVersionMajor;
  replay.httpVersionMinor = original.httpVersionMinor;
  // All of the body is here (see the top of this file).
  replay.complete = true;
  replay.push(body);
  replay.push(null);
  return replay;
}

function pathOf(url: string | undefined): string {
  const value = url ?? "/";
  const query = value.indexOf("?");
  return query < 0 ? value : value.slice(0, query);
}

function refuse(response: import("node:http").ServerResponse, status: 400 | 413, message: string) {
  if (response.headersSent) return response.destroy();
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  response.end(`${message}\n`);
}

export const formBodies: Stage = {
  name: "form bodies",
  run(request, response, next) {
    const type = request.headers["content-type"];
    if (request.method !== "POST" || typeof type !== "string" || !MULTIPART.test(type) || !isServerActionCall(request, pathOf(request.url))) return next();
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on("data", (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      chunks.push(chunk);
      // Not reached behind the early refusals (a declared length within the limit); kept as a bound.
      if (size > DASHBOARD_ACTION_MAX_BYTES) {
        refused = true;
        chunks.length = 0;
        refuse(response, 413, "This form is larger than any form of this site.");
      }
    });
    request.on("error", () => response.destroy());
    request.on("end", () => {
      if (refused) return;
      const body = Buffer.concat(chunks);
      void multipartProblem(request.headers, body).then((problem) => {
        if (problem) refuse(response, 400, MALFORMED_FORM_MESSAGE);
        else next(replayRequest(request, body));
      });
    });
  },
};
