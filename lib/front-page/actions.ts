"use server";

// The front-page desk's actions: each checks who calls (editors and administrators), validates with
// the form's own schema, and calls the mutation, which records and expires what it changed.
import { revalidatePath } from "next/cache";
import { callAction, formAction } from "@/lib/actions/staff-action";
import { refusalState, successState, type ActionState } from "@/lib/actions/state";
import { env } from "@/lib/env";
import { arrangeFrontPage, showBreakingNews, takeDownBreakingNews, undoFrontPageChange } from "./mutations";
import { searchStoriesForDesk, type DeskStory } from "./queries";
import { StorySearchSchema, TakeDownFormSchema, UndoFormSchema, breakingNewsFormSchema, frontPageFormSchema } from "./schemas";

const DESK = "/dashboard/front-page";

export const saveFrontPageAction = formAction({ permission: "frontpage:arrange", schema: frontPageFormSchema(env.SITE_TIME_ZONE), summariseErrors: true }, async (input, { user, formData }) => {
  const result = await arrangeFrontPage(user, input.layout, input.editionId);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath(DESK);
  return successState("Front page saved. Readers see it now.");
});

export const undoFrontPageAction = formAction({ permission: "frontpage:arrange", schema: UndoFormSchema, summariseErrors: true }, async (input, { user, formData }) => {
  const result = await undoFrontPageChange(user, input.versionId);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath(DESK);
  return successState("Change undone. Readers see the front page as it was.");
});

export const showBreakingNewsAction = formAction({ permission: "frontpage:arrange", schema: breakingNewsFormSchema(env.SITE_TIME_ZONE) }, async (input, { user, formData }) => {
  const result = await showBreakingNews(user, input);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath(DESK);
  return successState("The banner is on every page.");
});

export const takeDownBreakingNewsAction = formAction({ permission: "frontpage:arrange", schema: TakeDownFormSchema }, async (input, { user }) => {
  await takeDownBreakingNews(user, input.editionId);
  revalidatePath(DESK);
  return successState("The banner is down.");
});

export type StorySearchState = ActionState & { stories?: DeskStory[] };

export const searchStoriesAction = callAction({ permission: "frontpage:arrange", args: StorySearchSchema }, async ([words, editionId]): Promise<StorySearchState> => ({
  ...successState(""),
  stories: await searchStoriesForDesk(words, editionId),
}));
