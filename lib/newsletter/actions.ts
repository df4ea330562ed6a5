"use server";

import { revalidatePath } from "next/cache";
import { publicFormAction } from "@/lib/actions/public-action";
import { formAction } from "@/lib/actions/staff-action";
import { errorState, successState } from "@/lib/actions/state";
import { waitInMinutes } from "@/lib/auth/wait";
import { addressKey } from "@/lib/client-address";
import { consumeOrWait } from "@/lib/rate-limit/consume";
import { sharedLimiter } from "@/lib/rate-limit/store";
import { ipFromHeaders } from "@/lib/request";
import { SUBSCRIBED_MESSAGE, SubscribeSchema, SubscriberIdSchema } from "./schemas";
import { removeSubscriber, subscribe } from "./subscribe";

/** Subscriptions from one network. */
const byAddress = sharedLimiter("newsletter-ip", 10, 60 * 60);
/** Confirmation messages to one address: a stranger cannot flood someone's inbox with them. */
const confirmationsByEmail = sharedLimiter("newsletter-email", 2, 24 * 60 * 60);

/** Open to every reader. While the database is away the reader is told, next to the form, and keeps what they typed. */
export const subscribeAction = publicFormAction({ name: "newsletter-subscribe", schema: SubscribeSchema }, async ({ email, frequency, company }, { formData, headers }) => {
  // A robot that filled in the hidden field hears what a person hears, and nothing happens.
  if (company) return successState(SUBSCRIBED_MESSAGE);
  const wait = await consumeOrWait(byAddress, addressKey(ipFromHeaders(headers)));
  if (wait > 0) return errorState(`Too many sign-ups from your network. Please wait ${waitInMinutes(wait)} and try again.`, formData);
  const sendConfirmation = (await consumeOrWait(confirmationsByEmail, email)) === 0;
  await subscribe(email, frequency, { sendConfirmation });
  return successState(SUBSCRIBED_MESSAGE);
});

export const removeSubscriberAction = formAction({ permission: "settings:manage", schema: SubscriberIdSchema, summariseErrors: true }, async (input) => {
  if (!(await removeSubscriber(input.subscriberId))) return errorState("That subscriber was already removed.");
  revalidatePath("/dashboard/newsletter");
  return successState("Subscriber removed.");
});
