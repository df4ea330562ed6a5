// Mail settings an administrator changes in the dashboard: how often moderators may be told about
// held replies, and when the newsletter goes out. Read by the worker on every round (one small row).
import { z } from "zod";
import { db } from "@/lib/db";

const KEY = "mail";

const whole = (min: number, max: number, what: string) =>
  z.coerce.number("Enter a number.").int("Enter a whole number.").min(min, `${what} is at least ${min}.`).max(max, `${what} is at most ${max}.`);

export const MailSettingsSchema = z.object({
  /** At most one held-replies message per moderator per this many minutes. */
  heldRepliesMinutes: whole(1, 1440, "The interval"),
  /** Local hour (site time zone) of the newsletter, 0–23. */
  newsletterHour: whole(0, 23, "The hour"),
  /** Day of the weekly issue, 0 = Sunday … 6 = Saturday. */
  newsletterWeekday: whole(0, 6, "The day"),
});

export type MailSettings = z.output<typeof MailSettingsSchema>;

export const DEFAULT_MAIL_SETTINGS: MailSettings = { heldRepliesMinutes: 15, newsletterHour: 7, newsletterWeekday: 1 };

export async function getMailSettings(): Promise<MailSettings> {
  const row = await db.siteSetting.findUnique({ where: { key: KEY }, select: { value: true } });
  if (!row) return DEFAULT_MAIL_SETTINGS;
  try {
    const parsed = MailSettingsSchema.safeParse({ ...DEFAULT_MAIL_SETTINGS, ...(JSON.parse(row.value) as object) });
    return parsed.success ? parsed.data : DEFAULT_MAIL_SETTINGS;
  } catch {
    return DEFAULT_MAIL_SETTINGS;
  }
}

/** Save mail settings as `actor` (an administrator), with its audit event. */
export async function saveMailSettings(actor: { id: string }, changes: Partial<MailSettings>): Promise<void> {
  const value = JSON.stringify({ ...(await getMailSettings()), ...changes });
  await db.$transaction([
    db.siteSetting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } }),
    db.auditEvent.create({ data: { actorId: actor.id, action: "settings.mail", entityType: "setting", entityId: KEY, detail: value.slice(0, 500) } }),
  ]);
}
