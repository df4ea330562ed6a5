// Zod's global settings without importing Zod (instrumentation-client.ts runs on every page).
// Zod 4 keeps them in `globalThis.__zod_globalConfig` and keeps an object already there
// (zod/v4/core/core.js), so this works whether it runs before or after Zod is loaded.

type ZodGlobal = typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };

/** Tells Zod never to compile schemas with `new Function` (refused by the dashboard's CSP). */
export function setZodJitless(): void {
  const scope = globalThis as ZodGlobal;
  (scope.__zod_globalConfig ??= {}).jitless = true;
}
