// Runs once when a server process starts (`next start`, `next dev`), never during `next build`.

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Imported here, not at the top: this file is also compiled for the edge runtime.
  const { env, localSiteUrlWarning } = await import("@/lib/env");
  // Once, at start: a production server on a local SITE_URL publishes addresses nobody else can open.
  const warning = localSiteUrlWarning(env);
  if (warning) console.warn(`\n${warning}\n`);
}
