"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorized, formAction } from "@/lib/actions/form-action";
import { errorState, successState, type ActionState } from "@/lib/actions/state";
import { cacheTags, expireTags } from "@/lib/cache/tags";
import { editReply, moderate, staffReply, undoLast, type ModerationResult } from "./moderation";
import { ModerateSchema, ReplyEditSchema, ReplySettingsSchema, StaffReplySchema } from "./schemas";
import { saveReplySettings } from "./settings";

export type ModerationState = ActionState & { undoable?: boolean };

const DONE: Record<string, string> = {
  approve: "Approved",
  unapprove: "Unapproved",
  spam: "Marked as spam",
  notspam: "Marked as not spam",
  trash: "Moved to the trash",
  restore: "Restored",
  delete: "Deleted permanently",
  undo: "Undone",
};

function settle(result: ModerationResult, verb: string): ModerationState {
  if (!result.ok) return errorState(result.message);
  // The article page and its reply count change at once.
  expireTags([...result.articleIds.map(cacheTags.replies), ...result.articleSlugs.map(cacheTags.article)]);
  revalidatePath("/dashboard/moderation");
  const what = `${result.count} ${result.count === 1 ? "reply" : "replies"}`;
  return { ...successState(result.count ? `${verb}: ${what}.` : "Nothing to change."), undoable: result.undoable };
}

/** One action on one or more replies: per-reply buttons send "do" = "<action>:<id>", bulk sends action + replyIds. */
export async function moderateAction(_previous: ModerationState, formData: FormData): Promise<ModerationState> {
  return authorized("reply:moderate", async (user) => {
    const single = formData.get("do");
    const input =
      typeof single === "string" && single.includes(":")
        ? { action: single.split(":")[0], replyIds: [single.split(":")[1]] }
        : { action: formData.get("action"), replyIds: formData.getAll("replyIds") };
    const parsed = ModerateSchema.safeParse(input);
    if (!parsed.success) {
      const errors = z.flattenError(parsed.error).fieldErrors;
      return errorState(errors.replyIds?.[0] ?? errors.action?.[0] ?? "Choose an action and at least one reply.");
    }
    return settle(await moderate(user, parsed.data.action, parsed.data.replyIds), DONE[parsed.data.action]!);
  });
}

export async function undoModerationAction(): Promise<ModerationState> {
  return authorized("reply:moderate", async (user) => settle(await undoLast(user), DONE.undo!));
}

export const editReplyAction = formAction("reply:moderate", ReplyEditSchema, async (input, user, formData) => {
  const result = await editReply(user, input);
  if (!result.ok) return errorState(result.message, formData);
  expireTags([cacheTags.replies(result.articleId), cacheTags.article(result.slug)]);
  revalidatePath("/dashboard/moderation");
  return successState("Reply edited.");
});

export const staffReplyAction = formAction("reply:moderate", StaffReplySchema, async (input, user, formData) => {
  const result = await staffReply(user, input.replyId, input.body);
  if (!result.ok) return errorState(result.message, formData);
  expireTags([cacheTags.replies(result.articleId), cacheTags.article(result.slug)]);
  revalidatePath("/dashboard/moderation");
  return successState("Your reply is published.");
});

export const saveReplySettingsAction = formAction("settings:manage", ReplySettingsSchema, async (input) => {
  await saveReplySettings(input);
  // Closing after N days changes every article page's form.
  expireTags([cacheTags.replySettings()]);
  revalidatePath("/dashboard/moderation/settings");
  return successState("Reply settings saved.");
});
