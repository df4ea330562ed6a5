// Issuing a single-use emailed link (lib/auth/email-links.ts redeems them). No "server-only" here:
// the WordPress import's command line invites imported authors with it (lib/wordpress/import.ts).
import type { Prisma } from "@/lib/db";
import { newLinkToken } from "@/lib/mail/tokens";

export type LinkPurpose = "invitation" | "password-reset";

export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = {
  invitation: 72 * 60 * 60 * 1000,
  "password-reset": 60 * 60 * 1000,
};

/** A new link for this account, written with `tx`; earlier unused links of the same kind stop working. */
export async function issueEmailLink(tx: Prisma.TransactionClient, userId: string, purpose: LinkPurpose, now = new Date()): Promise<string> {
  const { token, tokenHash } = newLinkToken();
  await tx.emailToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  await tx.emailToken.create({ data: { userId, purpose, tokenHash, expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[purpose]) } });
  return token;
}
