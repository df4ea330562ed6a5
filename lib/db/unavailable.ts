// When the database cannot be reached (PostgreSQL stopped or unreachable, a pool that cannot hand out
// a connection, an SQLite file locked by another process), Gazette answers "temporarily unavailable"
// with a 503 and Retry-After, and forms keep what was typed. This module recognises those failures
// among the errors Prisma and the two drivers throw, and carries the verdict from the query that
// failed to the HTTP response (lib/db.ts, lib/peer-address.ts, app/[edition]/error.tsx).
// docs/decisions/021-database-outages.md
import { AsyncLocalStorage } from "node:async_hooks";
import { processShared } from "../process-shared";

import { DATABASE_UNAVAILABLE_DIGEST } from "../ops/unavailable-digest";

export { DATABASE_UNAVAILABLE_DIGEST, SIGN_IN_UNAVAILABLE_MESSAGE, UNAVAILABLE_MESSAGE } from "../ops/unavailable-digest";

/** Seconds a client is asked to wait (Retry-After): long enough for a database restart. */
export const RETRY_AFTER_SECONDS = 30;

// Prisma's codes for "no database to talk to": can't reach (P1001), timed out reaching (P1002),
// operation timed out (P1008), server closed the connection (P1017), no connection from the pool in
// time (P2024), too many connections (P2037), and a transaction that could not start or finish in its
// time (P2028: a database too busy to give one a connection, as PostgreSQL's pool is under a burst of
// writes; "busy, come back" is the truth of it, not a 500).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2037"]);
// Driver adapter error kinds with the same meaning (@prisma/driver-adapter-utils). libsql reports a
// locked SQLite file (SQLITE_BUSY past the busy timeout) as SocketTimeout.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "DatabaseNotReady", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Socket errors, PostgreSQL's connection-exception class (08…) and shutdown/startup states (57P01–57P03),
// SQLite's busy, locked, cannot-open and I/O errors.
const DRIVER_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|08\d{3}|57P0[1-3]|SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR)\w*)$/;
// The same conditions where only a message is left (a raw query's P2010 wraps the driver's text).
const MESSAGES =
  /Can't reach database server|Server has closed the connection|Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down)|Timed out fetching a new connection|database is locked|SQLITE_BUSY/i;

type ErrorLike = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; errorCode?: unknown; digest?: unknown };

/** True for an error (or an error caused by one) that means the database cannot be reached now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth++) {
    const e = current as ErrorLike;
    if (e.digest === DATABASE_UNAVAILABLE_DIGEST) return true;
    for (const code of [e.code, e.errorCode]) {
      if (typeof code === "string" && (PRISMA_CODES.has(code) || DRIVER_CODES.test(code))) return true;
    }
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    const meta = e.meta as { message?: unknown } | undefined;
    if (typeof meta?.message === "string" && MESSAGES.test(meta.message)) return true;
    current = e.cause;
  }
  return false;
}

/** What a page or action throws instead: the original error stays as its cause, for the logs. */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause: unknown) {
    super("The database cannot be reached.", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

// One store per HTTP request, shared by every bundle in the process (Next compiles instrumentation
// and the app separately, so a module-level instance would not be the same object in both).
// `expiredPages`: the request expired cache tags, so the hook's page memory settles after it ends
// (lib/http/page-memory.ts); `ended`: its response has closed (a handler may still be running).
export type RequestScope = { databaseUnavailable: boolean; expiredPages: boolean; ended: boolean };
const requestScope = processShared("requestScope", () => new AsyncLocalStorage<RequestScope>());

/** Runs a request's handling with a fresh scope (lib/peer-address.ts, for every request). */
export function runInRequestScope<T>(run: (scope: RequestScope) => T): T {
  const scope: RequestScope = { databaseUnavailable: false, expiredPages: false, ended: false };
  return requestScope.run(scope, () => run(scope));
}

/** The scope of the request being handled, if any (none in a timer of the mail worker, say). */
export function currentRequestScope(): RequestScope | undefined {
  return requestScope.getStore();
}

let lastLoggedAt = 0;

/** Called where a query failed: the response of this request becomes a 503. Logged once a minute, not per request. */
export function noteDatabaseUnavailable(error: unknown): void {
  const scope = requestScope.getStore();
  if (scope) scope.databaseUnavailable = true;
  const now = Date.now();
  if (now - lastLoggedAt > 60_000) {
    lastLoggedAt = now;
    const cause = error instanceof Error ? error.message.trim().split("\n").pop() : String(error);
    console.error(`Database unavailable: answering 503 until it is back (${cause})`);
  }
}

/** A server action's guard: an outage becomes the form's message instead of a thrown error. */
export async function unlessDatabaseUnavailable<T>(run: () => Promise<T>, onUnavailable: () => T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    noteDatabaseUnavailable(error);
    return onUnavailable();
  }
}
