// One schema for the reply form, shared by the form (field errors) and the action.
import { z } from "zod";
import { RecordIdSchema, singleLine } from "@/lib/actions/schemas";
import { hasUnstorableCharacters, personName, storable } from "@/lib/content/storable-text";

import { REPLY_BODY_MAX, REPLY_NAME_MAX, REPLY_WEBSITE_PATTERN } from "./limits";
import { REPLY_ANSWERS as SAY } from "./reader-messages";

export { REPLY_BODY_MAX, REPLY_NAME_MAX };
/**
 * A reply of the longest allowed length, in any script, with its other fields, fits in 64 KB: the
 * ceiling of a reply's request, whether to the API or to the reply form's action.
 */
export const REPLY_REQUEST_MAX_BYTES = 64 * 1024;

export const ReplyInputSchema = z.object({
  name: singleLine(
    personName(REPLY_NAME_MAX, {
      empty: SAY.nameRequired,
      tooLong: SAY.nameTooLong,
      unstorable: SAY.nameUnstorable,
    }),
    SAY.nameOneLine,
  ),
  email: z
    .string()
    .trim()
    .min(1, SAY.emailRequired)
    .max(254, SAY.emailTooLong)
    .pipe(z.email(SAY.emailInvalid))
    .transform((value) => value.toLowerCase()),
  website: z
    .string()
    .trim()
    .max(200, SAY.websiteTooLong)
    .default("")
    .refine((value) => value === "" || REPLY_WEBSITE_PATTERN.test(value), SAY.websiteInvalid)
    .refine((value) => !hasUnstorableCharacters(value), SAY.websiteInvalid)
    .transform((value) => value || null),
  body: storable(
    z
      .string()
      .trim()
      .min(1, SAY.bodyRequired)
      .max(REPLY_BODY_MAX, SAY.bodyTooLong),
    SAY.bodyUnstorable,
  ),
  parentId: z
    .string()
    .trim()
    .default("")
    .transform((value) => value || null)
    .pipe(RecordIdSchema.nullable()),
  /** "Notify me of replies to my comment" (double opt-in by email). */
  notifyReplies: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()).default(false),
  /** The honeypot: a field people never see and robots fill in. */
  company: z.string().max(500).default(""),
  /** The form's signed token: the timing token fetched at the first keystroke, or the page's own (lib/replies/token.ts). */
  token: z.string().max(200).default(""),
});

export type ReplyInput = z.output<typeof ReplyInputSchema>;

export const ReplyEditSchema = z.object({
  replyId: RecordIdSchema,
  name: ReplyInputSchema.shape.name,
  email: ReplyInputSchema.shape.email,
  website: ReplyInputSchema.shape.website,
  body: ReplyInputSchema.shape.body,
});

export const StaffReplySchema = z.object({
  replyId: RecordIdSchema,
  body: ReplyInputSchema.shape.body,
});

export const MODERATION_ACTIONS = ["approve", "unapprove", "spam", "notspam", "trash", "restore", "delete"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const ModerateSchema = z.object({
  action: z.enum(MODERATION_ACTIONS, "Choose an action."),
  replyIds: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).filter(Boolean))
    .pipe(z.array(RecordIdSchema).min(1, "Select at least one reply.").max(200, "Select at most 200 replies at a time.")),
});

/** The queue's form: a reply's own button sends "do" = "<action>:<id>"; the bulk bar sends action and replyIds. */
export const ModerateFormSchema = z.preprocess((raw) => {
  const form = (raw ?? {}) as Record<string, unknown>;
  if (typeof form.do !== "string" || !form.do.includes(":")) return form;
  const [action, replyId] = form.do.split(":", 2);
  return { action, replyIds: [replyId] };
}, ModerateSchema);

const wordList = storable(z.string().max(20_000), "Remove the invisible control characters or broken symbols from the list.")
  .default("")
  .transform((text) => [...new Set(text.split(/[\n,]/).map((word) => word.trim().toLowerCase()).filter(Boolean))]);

export const ReplySettingsSchema = z.object({
  holdWords: wordList,
  blockWords: wordList,
  linkThreshold: z.coerce.number("Enter a number.").int("Enter a whole number.").min(1, "At least 1.").max(50, "At most 50."),
  firstReplyApproval: z.preprocess((value) => value === "on" || value === "true", z.boolean()).default(false),
  closeAfterDays: z.coerce.number("Enter a number.").int("Enter a whole number.").min(0, "0 or more (0 never closes).").max(36500),
});

export type ReplySettings = z.output<typeof ReplySettingsSchema>;
