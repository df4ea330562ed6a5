"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { INVALID_FORM_MESSAGE, OUT_OF_DATE_MESSAGE, errorState, invalidState, successState, type ActionState } from "@/lib/actions/state";
import { formDataToObject } from "@/lib/actions/form-data";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { permittedUser } from "@/lib/auth/session";
import { cacheTags, expireTags } from "@/lib/cache/tags";
import { UNAVAILABLE_MESSAGE, unlessDatabaseUnavailable } from "@/lib/db/unavailable";
import { ipFromHeaders } from "@/lib/request";
import { issueTokenForArticle, postReply } from "./mutations";
import { ReplyInputSchema, type ReplyInput } from "./schemas";

export type ReplyFormState = ActionState & {
  /** The reply just posted, for the form to show under itself (pending ones only to their author). */
  posted?: { id: string; name: string; body: string; createdAt: string; parentId: string | null; status: string };
  /** HTTP-like status of a refusal: 429 when rate limited, 409 for a duplicate. */
  code?: number;
};

/**
 * Posting a reply is open to every reader: the checks are validation, spam rules and rate limits.
 * Called by the form's script, or by the form posted as plain HTML (no JavaScript yet, or none):
 * then Next.js renders the article page with the state returned here.
 */
export async function postReplyAction(_previous: ReplyFormState, formData: FormData): Promise<ReplyFormState> {
  // A server action is a public endpoint: its arguments are whatever the caller sent.
  if (!(formData instanceof FormData)) return { ...errorState(OUT_OF_DATE_MESSAGE), code: 400 };
  // The article is a field of the form, not an argument bound to the action: see reply-form.tsx.
  const articleId = formData.get("articleId");
  if (typeof articleId !== "string") return { ...errorState(OUT_OF_DATE_MESSAGE, formData), code: 400 };
  const parsed = ReplyInputSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return invalidState(z.flattenError(parsed.error).fieldErrors, formData);
  }
  // The reply is not stored while the database is away: the reader is told, and keeps the text.
  return unlessDatabaseUnavailable(() => saveReply(articleId, parsed.data, formData), () => ({ ...errorState(UNAVAILABLE_MESSAGE, formData), code: 503 }));
}

async function saveReply(articleId: string, input: ReplyInput, formData: FormData): Promise<ReplyFormState> {
  const requestHeaders = await headers();
  // Staff privileges (approved at once) follow the staff rule, one-time passwords included.
  const staff = await permittedUser("reply:moderate");
  const article = RecordIdSchema.safeParse(articleId);
  if (!article.success) return { ...errorState("This article is not available.", formData), code: 404 };
  const result = await postReply(article.data, input, {
    ip: ipFromHeaders(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
    staff,
  });
  if (!result.ok) {
    const code = result.code === "rate-limited" ? 429 : result.code === "duplicate" ? 409 : 400;
    return { ...errorState(result.fieldErrors ? INVALID_FORM_MESSAGE : result.message, formData, result.fieldErrors), code };
  }
  const { reply } = result;
  if (reply.status === "APPROVED") expireTags([cacheTags.replies(articleId)]);
  return {
    ...successState(reply.status === "APPROVED" ? "Your comment has been published." : "Your comment is awaiting moderation."),
    posted: {
      id: reply.id,
      name: reply.authorName,
      body: reply.body,
      createdAt: reply.createdAt.toISOString(),
      parentId: reply.parentId,
      // Spam is kept in the moderators' Spam tab until one of them decides, so it too awaits
      // moderation; a different answer would tell a robot which of its tricks was seen.
      // docs/decisions/029-replies-without-javascript.md
      status: reply.status === "APPROVED" ? "APPROVED" : "PENDING",
    },
  };
}

/** A fresh timing token, fetched by the form when a reader first starts typing; none for an article that takes no replies. */
export async function issueReplyTokenAction(articleId: string): Promise<string> {
  const id = RecordIdSchema.safeParse(articleId);
  return (id.success && (await issueTokenForArticle(id.data))) || "";
}
