"use server";

import { INVALID_FORM_MESSAGE, errorState, successState, type ActionState } from "@/lib/actions/state";
import { publicFormAction } from "@/lib/actions/public-action";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { permittedUser } from "@/lib/auth/session";
import { ipFromHeaders } from "@/lib/request";
import { issueTokenForArticle, postReply } from "./mutations";
import { REPLY_NOT_FOUND_MESSAGE, REPLY_REFUSAL_STATUS } from "./outcomes";
import { ReplyInputSchema } from "./schemas";
import { REPLY_ANSWERS } from "./reader-messages";

export type ReplyFormState = ActionState & {
  /** The reply just posted, for the form to show under itself (pending ones only to their author). */
  posted?: { id: string; name: string; body: string; createdAt: string; parentId: string | null; status: string };
  /** HTTP status of a refusal, as the reply API answers it (outcomes.ts). */
  code?: number;
};

/**
 * Posting a reply is open to every reader: the checks are validation, spam rules and rate limits.
 * Called by the form's script, or by the form posted as plain HTML (no JavaScript yet, or none):
 * then Next.js renders the article page with the state returned here. While the database is away the
 * reply is not stored: the reader is told, and keeps the text.
 */
export const postReplyAction = publicFormAction({ name: "reply", schema: ReplyInputSchema }, async (input, { formData, headers }): Promise<ReplyFormState> => {
  // The article is a field of the form, not an argument bound to the action: see reply-form.tsx.
  const article = RecordIdSchema.safeParse(formData.get("articleId"));
  if (!article.success) return { ...errorState(REPLY_NOT_FOUND_MESSAGE, formData), code: REPLY_REFUSAL_STATUS["not-found"] };
  // Staff privileges (approved at once) follow the staff rule, one-time passwords included.
  const staff = await permittedUser("reply:moderate");
  const result = await postReply(article.data, input, { ip: ipFromHeaders(headers), userAgent: headers.get("user-agent"), staff });
  if (!result.ok) {
    return { ...errorState(result.fieldErrors ? INVALID_FORM_MESSAGE : result.message, formData, result.fieldErrors), code: REPLY_REFUSAL_STATUS[result.code] };
  }
  const { reply } = result;
  return {
    ...successState(reply.status === "APPROVED" ? REPLY_ANSWERS.published : REPLY_ANSWERS.held),
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
});

/** A fresh timing token, fetched by the form when a reader first starts typing; none for an article that takes no replies. */
export async function issueReplyTokenAction(articleId: string): Promise<string> {
  const id = RecordIdSchema.safeParse(articleId);
  return (id.success && (await issueTokenForArticle(id.data))) || "";
}
