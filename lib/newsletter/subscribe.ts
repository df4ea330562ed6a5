import "server-only";
// Subscribing: double opt-in. A new address gets a confirmation link and nothing else until it is
// used. The answer is the same whether the address is new, waiting or already subscribed, so the
// form tells nobody who reads the newsletter.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { queueMail, siteLink } from "@/lib/mail/outbox";
import { signLink } from "@/lib/mail/tokens";
import { authSecret } from "@/lib/secrets";
import type { Frequency } from "./schedule";

export async function subscribe(email: string, frequency: Frequency, options: { sendConfirmation: boolean }): Promise<void> {
  const existing = await db.newsletterSubscriber.findUnique({ where: { email }, select: { id: true, confirmedAt: true } });
  if (existing?.confirmedAt) return;
  await db.$transaction(async (tx) => {
    const subscriber = existing
      ? await tx.newsletterSubscriber.update({ where: { id: existing.id }, data: { frequency }, select: { id: true } })
      : await tx.newsletterSubscriber.create({ data: { email, frequency }, select: { id: true } });
    if (!options.sendConfirmation) return;
    await queueMail(tx, {
      kind: "newsletter-confirm",
      to: email,
      content: {
        subject: `Confirm your subscription to ${env.SITE_NAME}`,
        paragraphs: [
          `Someone (we hope you) asked for the ${frequency === "DAILY" ? "daily" : "weekly"} newsletter of ${env.SITE_NAME} at this address.`,
          "Confirm with this link. If it was not you, ignore this message: you will receive nothing more.",
        ],
        action: { label: "Confirm subscription", url: siteLink("/email/confirm", { t: signLink("newsletter-confirm", subscriber.id, authSecret()) }) },
      },
    });
  });
}

export async function removeSubscriber(id: string): Promise<boolean> {
  return (await db.newsletterSubscriber.deleteMany({ where: { id } })).count > 0;
}
