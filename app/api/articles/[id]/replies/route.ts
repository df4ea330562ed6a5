// POST /api/articles/:id/replies — the same reply rules as the form, for scripts and apps.
// Form-encoded or JSON fields: name, email, website, body, parentId, token (from the form's
// timing token; without one a reply is classed as spam, never lost). Answers 201 with the reply's id
// and status (PENDING or APPROVED, as the form says), 400 / 404 / 409 / 429 with a message.
// The commenter's email is never in a response.
import { NextResponse } from "next/server";
import { z } from "zod";
import { cacheTags, expireTagsFromRoute } from "@/lib/cache/tags";
import { postReply } from "@/lib/replies/mutations";
import { ReplyInputSchema } from "@/lib/replies/schemas";
import { ipFromHeaders } from "@/lib/request";

const STATUS_FOR = { "not-found": 404, closed: 403, parent: 400, duplicate: 409, "rate-limited": 429, "staff-name": 400 } as const;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const type = request.headers.get("content-type") ?? "";
  let fields: Record<string, unknown>;
  try {
    fields = type.includes("application/json") ? await request.json() : Object.fromEntries(await request.formData());
  } catch {
    return NextResponse.json({ error: "Send the fields as JSON or as a form." }, { status: 400 });
  }
  const parsed = ReplyInputSchema.safeParse(fields);
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid reply.", fields: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  }
  const result = await postReply(id, parsed.data, {
    ip: ipFromHeaders(request.headers),
    userAgent: request.headers.get("user-agent"),
    staff: null,
  });
  if (!result.ok) {
    return NextResponse.json(
      { error: result.message },
      { status: STATUS_FOR[result.code], headers: result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : undefined },
    );
  }
  // An approved reply is in the article page from the next request on.
  if (result.reply.status === "APPROVED") expireTagsFromRoute([cacheTags.replies(id)]);
  return NextResponse.json(
    { id: result.reply.id, status: result.reply.status === "APPROVED" ? "APPROVED" : "PENDING" },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
}
