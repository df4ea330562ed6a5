"use server";

// The button on the confirm and unsubscribe pages: open to anyone holding a signed link.
import { z } from "zod";
import { publicFormAction } from "@/lib/actions/public-action";
import { errorState, successState } from "@/lib/actions/state";
import { EXPIRED_LINK_MESSAGE, LINK_DESCRIPTIONS, applySignedLink, readSignedLink } from "./links";

const INVALID_LINK_MESSAGE = "This link is not valid. Copy the whole address from the message and try again.";
/** The signed link travels in a hidden field; its signature is checked by links.ts. */
const EmailLinkFormSchema = z.object({ t: z.string(INVALID_LINK_MESSAGE).max(2048, INVALID_LINK_MESSAGE) });

export const applyEmailLinkAction = publicFormAction({ name: "email-link", schema: EmailLinkFormSchema, summariseErrors: true }, async ({ t }) => {
  if (readSignedLink(t)?.expired) return errorState(EXPIRED_LINK_MESSAGE);
  const purpose = await applySignedLink(t);
  if (!purpose) return errorState(INVALID_LINK_MESSAGE);
  return successState(LINK_DESCRIPTIONS[purpose].done);
});
