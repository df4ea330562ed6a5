import { z } from "zod";
import { RecordIdSchema, singleLine } from "@/lib/actions/schemas";
import { NewPasswordSchema } from "@/lib/auth/schemas";
import { AUTHOR_FIELD_MAX } from "@/lib/authors/limits";
import { SLUG_PATTERN } from "@/lib/content/slug";
import { UNSTORABLE_MESSAGE, hasUnstorableCharacters, personName, storable } from "@/lib/content/storable-text";

export const ROLES = ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"] as const;

const email = z
  .string()
  .trim()
  .min(1, "Enter an email address.")
  .pipe(z.email("Enter an email address like name@example.com."))
  .transform((value) => value.toLowerCase());

export const CreateUserSchema = z.object({
  name: singleLine(personName(100, { empty: "Enter a name.", tooLong: "Keep the name under 100 characters.", unstorable: UNSTORABLE_MESSAGE }), "Keep the name on one line."),
  email,
  role: z.enum(ROLES, "Choose a role."),
});

export const ChangeRoleSchema = z.object({ userId: RecordIdSchema, role: z.enum(ROLES, "Choose a role.") });
export const UserIdSchema = z.object({ userId: RecordIdSchema });

const optionalUrl = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || (/^https?:\/\/\S+$/i.test(value) && !hasUnstorableCharacters(value)), "Enter a full web address starting with https://.")
  .transform((value) => value || null);

/** "Label https://…" per line, e.g. "Mastodon https://mastodon.social/@me". */
export const SocialLinksSchema = storable(z.string())
  .default("")
  .transform((text, ctx) => {
    const links: { label: string; url: string }[] = [];
    for (const [index, raw] of text.split("\n").entries()) {
      const line = raw.trim();
      if (!line) continue;
      const match = line.match(/^(.{1,40}?)\s+(https?:\/\/\S+)$/i);
      if (!match) {
        ctx.addIssue({ code: "custom", message: `Line ${index + 1}: write a label, a space and a web address, like “Mastodon https://mastodon.social/@me”.` });
        continue;
      }
      links.push({ label: match[1]!, url: match[2]! });
    }
    if (links.length > 10) ctx.addIssue({ code: "custom", message: "Ten links at most." });
    return links;
  });

export const ProfileSchema = z.object({
  displayName: singleLine(personName(AUTHOR_FIELD_MAX.displayName, { empty: "Enter the name readers see.", tooLong: `Keep it under ${AUTHOR_FIELD_MAX.displayName} characters.`, unstorable: UNSTORABLE_MESSAGE }), "Keep the name on one line."),
  handle: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "Use at least two characters.")
    .max(AUTHOR_FIELD_MAX.handle, `Keep it under ${AUTHOR_FIELD_MAX.handle} characters.`)
    .regex(SLUG_PATTERN, "Use lower-case letters, numbers and single hyphens, like marcus-chen."),
  bio: storable(z.string().trim().max(2000, "Keep the bio under 2,000 characters.")).default(""),
  website: optionalUrl,
  links: SocialLinksSchema,
  removeAvatar: z.preprocess((value) => value === "on", z.boolean()).default(false),
});

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password."),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." });

const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean()).default(false);

/** The email a member of staff receives: held replies (moderators) and editorial notices. */
export const EmailPreferencesSchema = z.object({ notifyHeldReplies: checkbox, notifyEditorial: checkbox });
