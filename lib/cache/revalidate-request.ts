import "server-only";
// POST /api/revalidate: expire cached reader pages after the database was changed outside the
// application (an import, a script, the test factories). Writes made through the application expire
// their own tags and never need this.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { TAGS_PER_REQUEST } from "./running-site";
import { expireEverything, expireTagsFromRoute } from "./tags";

export const RevalidateRequestSchema = z.union([
  z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(TAGS_PER_REQUEST) }).strict(),
  z.object({ everything: z.literal(true) }).strict(),
]);

function bearerMatches(header: string | null): boolean {
  if (!env.REVALIDATE_SECRET || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(env.REVALIDATE_SECRET);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function handleRevalidateRequest(request: Request): Promise<Response> {
  if (!env.REVALIDATE_SECRET) return Response.json({ error: "Not found" }, { status: 404 });
  if (!bearerMatches(request.headers.get("authorization"))) {
    return Response.json({ error: "A valid bearer token is required." }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  }
  const parsed = RevalidateRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json({ error: 'Send {"tags": ["article:slug", …]} or {"everything": true}.' }, { status: 400 });
  }
  if ("everything" in parsed.data) expireEverything();
  // With REDIS_URL set this reaches every instance of the fleet (the expirations live in Redis).
  else expireTagsFromRoute(parsed.data.tags);
  return Response.json({ revalidated: "everything" in parsed.data ? "everything" : parsed.data.tags }, { headers: { "Cache-Control": "no-store" } });
}
