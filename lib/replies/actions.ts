"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { errorState, invalidState, successState, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { cacheTags, expireTags } from "@/lib/cache/tags";
import { ipFromHeaders } from "@/lib/request";
import { postReply } from "./mutations";
import { ReplyInputSchema } from "./schemas";
import { issueReplyToken } from "./token";

export type ReplyFormState = ActionState & {
  /** The reply just posted, for the form to show under itself (pending ones only to their author). */
  posted?: { id: string; name: string; body: string; createdAt: string; parentId: string | null; status: string };
  /** HTTP-like status of a refusal: 429 when rate limited, 409 for a duplicate. */
  code?: number;
};

/** Posting a reply is open to every reader: the checks are validation, spam rules and rate limits. */
export async function postReplyAction(articleId: string, _previous: ReplyFormState, formData: FormData): Promise<ReplyFormState> {
  const parsed = ReplyInputSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")));
  if (!parsed.success) {
    return invalidState(z.flattenError(parsed.error).fieldErrors, formData);
  }
  const requestHeaders = await headers();
  const user = await getCurrentUser();
  // Staff privileges (approved at once) wait until a one-time password has been replaced.
  const staff = user && !user.mustChangePassword && can(user.role, "reply:moderate") ? user : null;
  const result = await postReply(String(articleId), parsed.data, {
    ip: ipFromHeaders(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
    staff,
  });
  if (!result.ok) {
    const code = result.code === "rate-limited" ? 429 : result.code === "duplicate" ? 409 : 400;
    return { ...errorState(result.message, formData), code };
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
      // Spam is reported as pending: telling a robot it was caught only teaches it.
      status: reply.status === "APPROVED" ? "APPROVED" : "PENDING",
    },
  };
}

/** A fresh timing token, fetched by the form when a reader first starts typing. */
export async function issueReplyTokenAction(articleId: string): Promise<string> {
  return issueReplyToken(String(articleId));
}
