// POST /api/articles/:id/replies — the same reply rules as the form, for scripts and apps.
// Form-encoded or JSON fields: name, email, website, body, parentId, token (the form's timing token,
// or the page's token written in the article page: a reply with the page's token is held for a
// moderator; without a token it is classed as spam, never lost). Answers 201 with the reply's id
// and status (PENDING or APPROVED, as the form says), 400 / 404 / 409 / 429 with a message; 413 for a
// body over 64 KB, 403 for a form posted from another site; 503 with Retry-After while the database
// cannot be reached (nothing was stored: send it again later).
// The commenter's email is never in a response.
import { NextResponse } from "next/server";
import { z } from "zod";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { env } from "@/lib/env";
import { BodyTooLarge, isCrossSiteFormPost, parseFields, readBodyWithLimit } from "@/lib/http/body";
import { cacheTags, expireTagsFromRoute } from "@/lib/cache/tags";
import { RETRY_AFTER_SECONDS, unlessDatabaseUnavailable } from "@/lib/db/unavailable";
import { postReply } from "@/lib/replies/mutations";
import { REPLY_BODY_MAX, REPLY_REQUEST_MAX_BYTES, ReplyInputSchema } from "@/lib/replies/schemas";
import { ipFromHeaders } from "@/lib/request";
import { loggedRoute } from "@/lib/log";

const STATUS_FOR = { "not-found": 404, closed: 403, parent: 400, duplicate: 409, "rate-limited": 429, "staff-name": 400 } as const;

export const POST = loggedRoute("/api/articles/[id]/replies", async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = RecordIdSchema.safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: "This article is not available." }, { status: 404 });
  // A page on another site must not be able to post replies in its readers' names.
  if (isCrossSiteFormPost(request, env.SITE_URL)) {
    return NextResponse.json({ error: "Replies can only be posted from this site's pages, or as JSON." }, { status: 403 });
  }
  let fields: Record<string, unknown> | null;
  try {
    fields = await parseFields(await readBodyWithLimit(request, REPLY_REQUEST_MAX_BYTES), request.headers.get("content-type") ?? "");
  } catch (error) {
    // A client that hangs up mid-body gets a 400, not a server error.
    if (!(error instanceof BodyTooLarge)) return NextResponse.json({ error: "The request body could not be read." }, { status: 400 });
    return NextResponse.json({ error: `${error.message} A reply is at most ${REPLY_BODY_MAX.toLocaleString("en-GB")} characters.` }, { status: 413 });
  }
  if (!fields) return NextResponse.json({ error: "Send the fields as a JSON object or as a form." }, { status: 400 });
  const parsed = ReplyInputSchema.safeParse(fields);
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid reply.", fields: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  }
  const result = await unlessDatabaseUnavailable(
    () => postReply(id.data, parsed.data, { ip: ipFromHeaders(request.headers), userAgent: request.headers.get("user-agent"), staff: null }),
    () => null,
  );
  if (!result) {
    return NextResponse.json(
      { error: "The site cannot reach its database just now, so the reply was not stored. Please send it again later." },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
    );
  }
  if (!result.ok) {
    return NextResponse.json(
      { error: result.message },
      { status: STATUS_FOR[result.code], headers: result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : undefined },
    );
  }
  // An approved reply is in the article page from the next request on.
  if (result.reply.status === "APPROVED") expireTagsFromRoute([cacheTags.replies(id.data)]);
  return NextResponse.json(
    { id: result.reply.id, status: result.reply.status === "APPROVED" ? "APPROVED" : "PENDING" },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
});
