// Stage "request scope": the rest of the request runs in a scope of its own (lib/db/unavailable.ts), so
// that what happens while it is handled reaches its response:
// - a response Next.js would send as a 500 because the database could not be reached goes out as a
//   503 with Retry-After, never cached (docs/decisions/021-database-outages.md);
// - a request that expired cached pages lets page memory settle once it has ended (page-memory.ts).
import type { ServerResponse } from "node:http";
import { RETRY_AFTER_SECONDS, runInRequestScope } from "@/lib/db/unavailable";
import { requestEnded } from "./page-memory";
import type { Stage } from "./pipeline";

export const requestScope: Stage = {
  name: "request scope",
  run(_request, response, next) {
    runInRequestScope((scope) => {
      answerOutagesWith503(response, () => scope.databaseUnavailable);
      response.once("close", () => requestEnded(scope));
      next();
    });
  },
};

/**
 * Rewrites the status line of this one response when it is written: a 500 caused by an unreachable
 * database becomes a 503 with Retry-After, never cached. Node writes the status line through
 * writeHead, also when a handler only set statusCode and wrote a body, so this sees every response.
 */
function answerOutagesWith503(response: ServerResponse, databaseUnavailable: () => boolean): void {
  const writeHead = response.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 500 && databaseUnavailable()) {
      status = 503;
      this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      this.setHeader("Cache-Control", "no-store");
    }
    return writeHead.call(this, status, ...rest);
  } as typeof response.writeHead;
}
