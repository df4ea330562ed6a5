// The request path as a list of named stages (server.ts lists them in order). A stage sees each
// request before Next.js does; it either answers it (and does not call `next`) or calls `next`
// exactly once, synchronously or later, to hand the request to the rest of the list (or a request
// that stands in for it).
import type { IncomingMessage, ServerResponse } from "node:http";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export type Stage = {
  /** Shown in the server's start line and in errors: which stage a request was in. */
  readonly name: string;
  run(request: IncomingMessage, response: ServerResponse, next: (replacement?: IncomingMessage) => void): void;
};

/** One handler that runs `stages` in order, then `last` (Next.js's request handler). */
export function composeStages(stages: readonly Stage[], last: Handler): Handler {
  return (request, response) => {
    let index = 0;
    let current = request;
    const next = (replacement?: IncomingMessage): void => {
      if (replacement) current = replacement;
      const stage = stages[index++];
      if (stage) stage.run(current, response, next);
      else last(current, response);
    };
    next();
  };
}
