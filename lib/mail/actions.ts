"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { formAction } from "@/lib/actions/staff-action";
import { errorState, successState } from "@/lib/actions/state";
import { retryOutboxMessage } from "./mutations";
import { MailSettingsSchema, saveMailSettings } from "./settings";

export const retryOutboxMessageAction = formAction(
  { permission: "settings:manage", schema: z.object({ messageId: RecordIdSchema }), summariseErrors: true },
  async (input, { user }) => {
    if (!(await retryOutboxMessage(user, input.messageId))) return errorState("That message was already sent.");
    revalidatePath("/dashboard/outbox");
    return successState("It will be sent again in a moment.");
  },
);

export const saveHeldRepliesIntervalAction = formAction(
  { permission: "settings:manage", schema: MailSettingsSchema.pick({ heldRepliesMinutes: true }) },
  async (input, { user }) => {
    await saveMailSettings(user, input);
    revalidatePath("/dashboard/moderation/settings");
    return successState("Notification interval saved.");
  },
);

export const saveNewsletterScheduleAction = formAction(
  { permission: "settings:manage", schema: MailSettingsSchema.pick({ newsletterHour: true, newsletterWeekday: true }) },
  async (input, { user }) => {
    await saveMailSettings(user, input);
    revalidatePath("/dashboard/newsletter");
    return successState("Newsletter schedule saved.");
  },
);
