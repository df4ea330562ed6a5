"use server";
// The live desk's actions. Each goes through the staff action wrapper (who is calling,
// then zod), and the mutation checks the caller's byline or role on the article itself, records the
// change and expires the cache tags it changed.
import { z } from "zod";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { callAction, formAction } from "@/lib/actions/staff-action";
import { errorState, refusalState, successState, type ActionState } from "@/lib/actions/state";
import { type LiveConflictText, deleteLiveUpdate, editLiveUpdate, endLiveCoverage, postLiveUpdate, startLiveCoverage, togglePinLiveUpdate } from "./mutations";
import { getLiveDeskSeq } from "./queries";
import { LiveUpdateInputSchema } from "./schemas";

export type LiveEditState = ActionState & { current?: LiveConflictText };

/** The editor's "Live coverage" checkbox: on starts (or resumes) the coverage, off ends it. */
export const setLiveCoverageAction = callAction({ permission: "live:post:own", args: z.tuple([RecordIdSchema, z.boolean()]) }, async ([articleId, live], user) => {
  const result = live ? await startLiveCoverage(user, articleId) : await endLiveCoverage(user, articleId);
  if (!result.ok) return refusalState(result);
  return successState(live ? "Live coverage is on." : "Live coverage ended.");
});

/** The desk's "End live coverage" and "Resume live coverage" buttons. */
export const endOrResumeLiveAction = formAction(
  { permission: "live:post:own", schema: z.object({ live: z.enum(["end", "resume"]) }), bound: z.tuple([RecordIdSchema]), summariseErrors: true },
  async (input, { user, formData, bound: [articleId] }) => {
    const result = input.live === "resume" ? await startLiveCoverage(user, articleId) : await endLiveCoverage(user, articleId);
    if (!result.ok) return refusalState(result, formData);
    return successState(input.live === "resume" ? "Live coverage resumed." : "Live coverage ended. The page stays, marked as ended, with its updates.");
  },
);

export const postLiveUpdateAction = formAction(
  { permission: "live:post:own", schema: LiveUpdateInputSchema, bound: z.tuple([RecordIdSchema]) },
  async (input, { user, formData, bound: [articleId] }) => {
    const result = await postLiveUpdate(user, articleId, input);
    if (!result.ok) return refusalState(result, formData);
    return successState("Update posted. Open pages show it within seconds.", { id: result.id });
  },
);

export const editLiveUpdateAction = formAction(
  { permission: "live:post:own", schema: LiveUpdateInputSchema, bound: z.tuple([RecordIdSchema]) },
  async (input, { user, formData, bound: [updateId] }): Promise<LiveEditState> => {
    const result = await editLiveUpdate(user, updateId, input);
    if (!result.ok) return { ...refusalState(result, formData), current: "current" in result ? result.current : undefined };
    return successState(input.correction ? "Correction saved. It is listed on the corrections page." : "Update saved.", { version: result.version });
  },
);

export const deleteLiveUpdateAction = formAction(
  { permission: "live:post:own", schema: z.object({}), bound: z.tuple([RecordIdSchema]), summariseErrors: true },
  async (_input, { user, formData, bound: [updateId] }) => {
    const result = await deleteLiveUpdate(user, updateId);
    if (!result.ok) return refusalState(result, formData);
    return successState("Update deleted.");
  },
);

export const pinLiveUpdateAction = formAction(
  { permission: "live:post:own", schema: z.object({}), bound: z.tuple([RecordIdSchema]), summariseErrors: true },
  async (_input, { user, formData, bound: [updateId] }) => {
    const result = await togglePinLiveUpdate(user, updateId);
    if (!result.ok) return refusalState(result, formData);
    return successState(result.pinned ? "Pinned at the top." : "Unpinned.");
  },
);

/** What an open desk asks every few seconds: has anyone changed anything since? */
export const liveDeskSeqAction = callAction({ permission: "live:post:own", args: z.tuple([RecordIdSchema]) }, async ([articleId], user) => {
  const seq = await getLiveDeskSeq(user, articleId);
  if (seq === null) return errorState("You cannot work on this desk.");
  return successState("", { version: seq });
});
