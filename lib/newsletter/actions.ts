"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formDataToObject } from "@/lib/actions/form-data";
import { formAction } from "@/lib/actions/staff-action";
import { OUT_OF_DATE_MESSAGE, errorState, invalidState, successState, type ActionState } from "@/lib/actions/state";
import { waitInMinutes } from "@/lib/auth/wait";
import { UNAVAILABLE_MESSAGE, unlessDatabaseUnavailable } from "@/lib/db/unavailable";
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

/** Open to every reader. */
export async function subscribeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return errorState(OUT_OF_DATE_MESSAGE);
  const parsed = SubscribeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidState(z.flattenError(parsed.error).fieldErrors, formData);
  // A robot that filled in the hidden field hears what a person hears, and nothing happens.
  if (parsed.data.company) return successState(SUBSCRIBED_MESSAGE);
  const { email, frequency } = parsed.data;
  // While the database is away the reader is told, next to the form, and keeps what they typed.
  return unlessDatabaseUnavailable(
    async () => {
      const wait = await consumeOrWait(byAddress, addressKey(ipFromHeaders(await headers())));
      if (wait > 0) return errorState(`Too many sign-ups from your network. Please wait ${waitInMinutes(wait)} and try again.`, formData);
      const sendConfirmation = (await consumeOrWait(confirmationsByEmail, email)) === 0;
      await subscribe(email, frequency, { sendConfirmation });
      return successState(SUBSCRIBED_MESSAGE);
    },
    () => errorState(UNAVAILABLE_MESSAGE, formData),
  );
}

export const removeSubscriberAction = formAction({ permission: "settings:manage", schema: SubscriberIdSchema, summariseErrors: true }, async (input) => {
  if (!(await removeSubscriber(input.subscriberId))) return errorState("That subscriber was already removed.");
  revalidatePath("/dashboard/newsletter");
  return successState("Subscriber removed.");
});
