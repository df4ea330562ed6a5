"use server";

// The button on the confirm and unsubscribe pages: open to anyone holding a signed link.
import { OUT_OF_DATE_MESSAGE, errorState, successState, type ActionState } from "@/lib/actions/state";
import { UNAVAILABLE_MESSAGE, unlessDatabaseUnavailable } from "@/lib/db/unavailable";
import { EXPIRED_LINK_MESSAGE, LINK_DESCRIPTIONS, applySignedLink, readSignedLink } from "./links";

export async function applyEmailLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return errorState(OUT_OF_DATE_MESSAGE);
  return unlessDatabaseUnavailable(
    async () => {
      if (readSignedLink(formData.get("t"))?.expired) return errorState(EXPIRED_LINK_MESSAGE);
      const purpose = await applySignedLink(formData.get("t"));
      if (!purpose) return errorState("This link is not valid. Copy the whole address from the message and try again.");
      return successState(LINK_DESCRIPTIONS[purpose].done);
    },
    () => errorState(UNAVAILABLE_MESSAGE),
  );
}
