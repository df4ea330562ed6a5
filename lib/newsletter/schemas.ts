import { z } from "zod";
import { ReplyInputSchema } from "@/lib/replies/schemas";

export const SubscribeSchema = z.object({
  email: ReplyInputSchema.shape.email,
  frequency: z.enum(["DAILY", "WEEKLY"], "Choose daily or weekly."),
  /** The honeypot: people never see it. */
  company: z.string().max(500).default(""),
});

export const SubscriberIdSchema = z.object({ subscriberId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown subscriber.") });

export const SUBSCRIBED_MESSAGE = "Almost done: we sent you an email with a link to confirm your subscription.";

/** One cell of a CSV file: quoted, and a leading = + - @ neutralised so spreadsheets do not run it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
