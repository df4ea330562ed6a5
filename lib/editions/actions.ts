"use server";
// Settings → Editions: administrators only (settings:manage), each action through the staff
// wrapper (who calls, then zod), the write and its audit event and cache tag in ./mutations.ts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/staff-action";
import { refusalState, successState } from "@/lib/actions/state";
import { createEdition, deleteEdition, makeDefaultEdition, updateEdition } from "./mutations";
import { EditionFormSchema, EditionIdFormSchema, EditionIdOrNewSchema } from "./schemas";

const EDITIONS_PAGE = "/dashboard/settings/editions";

/** Add an edition (bound to null) or save one (bound to its id). */
export const saveEditionAction = formAction(
  { permission: "settings:manage", schema: EditionFormSchema, bound: EditionIdOrNewSchema },
  async (input, { user, formData, bound: [id] }) => {
    const result = id ? await updateEdition(user, id, input) : await createEdition(user, input);
    if (!result.ok) return refusalState(result, formData);
    revalidatePath(EDITIONS_PAGE);
    if (!id) return successState(`Edition “${input.name}” added at /${input.path}.`);
    redirect(`${EDITIONS_PAGE}?saved=${encodeURIComponent(result.id)}`);
  },
);

export const makeDefaultEditionAction = formAction({ permission: "settings:manage", schema: EditionIdFormSchema }, async (input, { user, formData }) => {
  const result = await makeDefaultEdition(user, input.id);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath(EDITIONS_PAGE);
  return successState("This edition is now the default, served at /.");
});

export const deleteEditionAction = formAction({ permission: "settings:manage", schema: EditionIdFormSchema }, async (input, { user, formData }) => {
  const result = await deleteEdition(user, input.id);
  if (!result.ok) return refusalState(result, formData);
  redirect(`${EDITIONS_PAGE}?notice=deleted`);
});
