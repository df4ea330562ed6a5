"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/staff-action";
import { refusalState, successState, type ActionState } from "@/lib/actions/state";
import { editReply, moderate, staffReply, undoLast, type ModerationResult } from "./moderation-mutations";
import { ModerateFormSchema, ReplyEditSchema, ReplySettingsSchema, StaffReplySchema } from "./schemas";
import { saveReplySettings } from "./settings";
import { pluralize } from "@/lib/format-core";

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
  if (!result.ok) return refusalState(result);
  revalidatePath("/dashboard/moderation");
  const what = pluralize(result.count, "reply", "replies");
  return successState(result.count ? `${verb}: ${what}.` : "Nothing to change.", { undoable: result.undoable });
}

/** One action on one or more replies: per-reply buttons send "do" = "<action>:<id>", bulk sends action + replyIds. */
export const moderateAction = formAction(
  { permission: "reply:moderate", schema: ModerateFormSchema, summariseErrors: true },
  async (input, { user }) => settle(await moderate(user, input.action, input.replyIds), DONE[input.action]!),
);

export const undoModerationAction = formAction({ permission: "reply:moderate", schema: z.object({}) }, async (_input, { user }) =>
  settle(await undoLast(user), DONE.undo!),
);

export const editReplyAction = formAction({ permission: "reply:moderate", schema: ReplyEditSchema }, async (input, { user, formData }) => {
  const result = await editReply(user, input);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/moderation");
  return successState("Reply edited.");
});

export const staffReplyAction = formAction({ permission: "reply:moderate", schema: StaffReplySchema }, async (input, { user, formData }) => {
  const result = await staffReply(user, input.replyId, input.body);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/moderation");
  return successState("Your reply is published.");
});

export const saveReplySettingsAction = formAction({ permission: "settings:manage", schema: ReplySettingsSchema }, async (input, { user }) => {
  await saveReplySettings(user, input);
  revalidatePath("/dashboard/moderation/settings");
  return successState("Reply settings saved.");
});
