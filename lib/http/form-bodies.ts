// Stage "form bodies": a multipart form sent to a server action (with Next.js's header, or posted by a
// browser without script) is read whole and checked before Next.js parses it. Next.js answers a
// malformed part (a header line without a colon, a NUL in a file name) with a 500 and a stack trace in
// the log; here it gets a 400 and one sentence. The body's size is bounded before this stage: the
// early refusals demand a Content-Length within the action's limit (action-guard.ts).
// A well-formed body is handed to Next.js in a request of its own that carries the same headers and
// connection and replays the bytes read: Node's IncomingMessage, filled the way Node's own HTTP
// parser fills it (push), nothing replaced on the original.
import { IncomingMessage } from "node:http";
import busboy from "busboy";
import { isServerActionCall } from "./early-refusals";
import type { Stage } from "./pipeline";

const MULTIPART = /^multipart\/form-data\b/i;
export const MALFORMED_FORM_MESSAGE = "This form could not be read: one of its parts is malformed.";

/** Resolves with null when `body` is a well-formed multipart body for `headers`, else with the parser's complaint. */
export function multipartProblem(headers: IncomingMessage["headers"], body: Buffer): Promise<string | null> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      // No limits on parts here: the whole body is already within the action's byte limit.
      parser = busboy({ headers, preservePath: true });
    } catch (error) {
      return resolve((error as Error).message);
    }
    parser.on("file", (_name, stream) => stream.resume());
    parser.on("error", (error: Error) => resolve(error.message));
    parser.on("close", () => resolve(null));
    parser.end(body);
  });
}

function pathOf(url: string | undefined): string {
  const value = url ?? "/";
  const query = value.indexOf("?");
  return query < 0 ? value : value.slice(0, query);
}

export const formBodies: Stage = {
  name: "form bodies",
  run(request, response, next) {
    const type = request.headers["content-type"];
    if (request.method !== "POST" || typeof type !== "string" || !MULTIPART.test(type) || !isServerActionCall(request, pathOf(request.url))) return next();
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("error", () => response.destroy());
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      void multipartProblem(request.headers, body).then((problem) => {
        if (problem) {
          response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
          response.end(`${MALFORMED_FORM_MESSAGE}\n`);
          return;
        }
        const replay = new IncomingMessage(request.socket);
        replay.method = request.method;
        replay.url = request.url;
        replay.headers = request.headers;
        replay.rawHeaders = request.rawHeaders;
        replay.httpVersion = request.httpVersion;
        replay.httpVersionMajor = request.httpVersionMajor;
        replay.httpVersionMinor = request.httpVersionMinor;
        replay.push(body);
        replay.push(null);
        // The rest of the request path, then Next.js, get the replayed request.
        next(replay);
      });
    });
  },
};
