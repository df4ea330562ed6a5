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
import { guardedRoute, routeRefusal } from "@/lib/actions/route-guard";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { env } from "@/lib/env";
import { BodyTooLarge, isCrossSiteFormPost, parseFields, readBodyWithLimit } from "@/lib/http/body";
import { postReply } from "@/lib/replies/mutations";
import { REPLY_NOT_FOUND_MESSAGE, REPLY_REFUSAL_STATUS } from "@/lib/replies/outcomes";
import { REPLY_BODY_MAX, REPLY_REQUEST_MAX_BYTES, ReplyInputSchema } from "@/lib/replies/schemas";
import { ipFromHeaders } from "@/lib/request";

type Context = { params: Promise<{ id: string }> };

export const POST = guardedRoute<Context>("/api/articles/[id]/replies", {}, async (request, { params }) => {
  const id = RecordIdSchema.safeParse((await params).id);
  if (!id.success) return routeRefusal(REPLY_REFUSAL_STATUS["not-found"], REPLY_NOT_FOUND_MESSAGE);
  // A page on another site must not be able to post replies in its readers' names.
  if (isCrossSiteFormPost(request, env.SITE_URL)) return routeRefusal(403, "Replies can only be posted from this site's pages, or as JSON.");
  let fields: Record<string, unknown> | null;
  try {
    fields = await parseFields(await readBodyWithLimit(request, REPLY_REQUEST_MAX_BYTES), request.headers.get("content-type") ?? "");
  } catch (error) {
    // A client that hangs up mid-body gets a 400, not a server error.
    if (!(error instanceof BodyTooLarge)) return routeRefusal(400, "The request body could not be read.");
    return routeRefusal(413, `${error.message} A reply is at most ${REPLY_BODY_MAX.toLocaleString("en-GB")} characters.`);
  }
  if (!fields) return routeRefusal(400, "Send the fields as a JSON object or as a form.");
  const parsed = ReplyInputSchema.safeParse(fields);
  if (!parsed.success) return routeRefusal(400, "Invalid reply.", { fields: z.flattenError(parsed.error).fieldErrors });
  // The mutation expires the article's replies when the reply is published at once.
  const result = await postReply(id.data, parsed.data, { ip: ipFromHeaders(request.headers), userAgent: request.headers.get("user-agent"), staff: null });
  if (!result.ok) {
    return routeRefusal(REPLY_REFUSAL_STATUS[result.code], result.message, { headers: result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : {} });
  }
  return NextResponse.json(
    { id: result.reply.id, status: result.reply.status === "APPROVED" ? "APPROVED" : "PENDING" },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
});
