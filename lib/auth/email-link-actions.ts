"use server";

// Open to anyone, like signing in: asking for a reset link and using an emailed link. Both are
// throttled and answer the same whether or not an account exists.
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { publicFormAction } from "@/lib/actions/public-action";
import { OUT_OF_DATE_MESSAGE, errorState, successState } from "@/lib/actions/state";
import { addressKey } from "@/lib/client-address";
import { db } from "@/lib/db";
import { passwordResetMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/outbox";
import { consumeOrWait } from "@/lib/rate-limit/consume";
import { sharedLimiter } from "@/lib/rate-limit/store";
import { ipFromHeaders } from "@/lib/request";
import { issueEmailLink, redeemEmailLink } from "./email-links";
import { ChoosePasswordSchema, ForgotPasswordSchema, RESET_REQUESTED_MESSAGE } from "./email-link-schemas";
import { answerResetRequest } from "./reset-request";
import { waitInMinutes } from "./wait";

const HOUR = 60 * 60;
/** Requests from one address, for any accounts. */
const resetsByAddress = sharedLimiter("reset-ip", 10, HOUR);
/** Messages to one account: beyond this the answer is the same and nothing more is sent. */
const resetsByAccount = sharedLimiter("reset-account", 3, HOUR);
/** Attempts to use links from one address (guessing is hopeless, but it is not free). */
const linkUsesByAddress = sharedLimiter("email-link-ip", 20, HOUR);

// While the database is away: said next to the form (never "no such account"), the address kept.
export const requestPasswordResetAction = publicFormAction({ name: "password-reset-request", schema: ForgotPasswordSchema }, async ({ email }, { formData, headers }) => {
  // The same work for every address before answering; the account is looked up after (reset-request.ts).
  const address = addressKey(ipFromHeaders(headers));
  const answer = await answerResetRequest(email, {
    throttleAddress: () => consumeOrWait(resetsByAddress, address),
    throttleAccount: (account) => consumeOrWait(resetsByAccount, account),
    afterResponse: after,
    sendLinkIfAccount: sendPasswordResetLink,
  });
  if (answer.status === "wait") return errorState(`Too many requests from your network. Please wait ${waitInMinutes(answer.waitMs)} and try again.`, formData);
  return successState(RESET_REQUESTED_MESSAGE);
});

/** After the answer: an active account gets a new link by mail (through the outbox); anything else, nothing. */
async function sendPasswordResetLink(email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, active: true } });
  if (!user?.active) return;
  await db.$transaction(async (tx) => {
    const token = await issueEmailLink(tx, user.id, "password-reset");
    await queueMail(tx, passwordResetMail(email, user.name, token));
  });
}

const PurposeSchema = z.enum(["invitation", "password-reset"]);

/**
 * Bound to the link's purpose by the page; the token travels in a hidden field. While the database is
 * away the link stays unused and the form says so, with what was typed.
 */
export const choosePasswordAction = publicFormAction(
  { name: "choose-password", schema: ChoosePasswordSchema, bound: z.tuple([PurposeSchema]) },
  async ({ token, newPassword }, { formData, headers, bound: [purpose] }) => {
    const wait = await consumeOrWait(linkUsesByAddress, addressKey(ipFromHeaders(headers)));
    if (wait > 0) return errorState(`Too many attempts from your network. Please wait ${waitInMinutes(wait)} and try again.`, formData);
    const result = await redeemEmailLink(token, purpose, newPassword);
    if (!result.ok) return errorState(result.message ?? OUT_OF_DATE_MESSAGE, formData);
    redirect(purpose === "invitation" ? "/login?welcome=1" : "/login?passwordChanged=1");
  },
);
