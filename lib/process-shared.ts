// State that one Node process shares between its copies of a module. Gazette runs as one process, but
// its code is loaded more than once in it: server.ts (through tsx) loads its own copy of every module
// it imports, and Next.js compiles instrumentation.ts and each route into bundles of their own (the
// reader pages, the dashboard's actions and /api/revalidate each hold a copy of lib/db.ts, say). A
// module-level `let` would be one value per copy; what must be one per process (the database client,
// the request scope, a memo that a write in one route must clear for the others) lives here, keyed by
// a name registered with Symbol.for, which every copy resolves to the same symbol.
//
// Signals between copies (an expiration that must reach server.ts's page memory) go through
// node:diagnostics_channel instead (lib/cache/expiry-channel.ts): named channels are process-wide too.

const scope = globalThis as unknown as Record<symbol, unknown>;

/** The process's one value under `name`, created by the first copy that asks. */
export function processShared<T>(name: string, create: () => T): T {
  const key = Symbol.for(`gazette.${name}`);
  if (!(key in scope)) scope[key] = create();
  return scope[key] as T;
}

/** The value under `name` if some copy (or a plain .mjs module, by the same Symbol.for name) set it. */
export function processSharedIfAny<T>(name: string): T | undefined {
  return scope[Symbol.for(`gazette.${name}`)] as T | undefined;
}
