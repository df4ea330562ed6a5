"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/staff-action";
import { refusalState, successState } from "@/lib/actions/state";
import { createTerm, deleteTerm, mergeTerm, renameTerm } from "@/lib/taxonomy/mutations";
import { TaxonomyCreateSchema, TaxonomyDeleteSchema, TaxonomyMergeSchema, TaxonomyRenameSchema } from "@/lib/taxonomy/schemas";

const LABEL = { category: "Category", tag: "Tag" } as const;

function done(result: Awaited<ReturnType<typeof createTerm>>, formData: FormData, message: string) {
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/taxonomy");
  return successState(message);
}

export const createTermAction = formAction({ permission: "taxonomy:manage", schema: TaxonomyCreateSchema }, async (input, { user: user, formData }) =>
  done(await createTerm(user, input.kind, input.name), formData, `${LABEL[input.kind]} “${input.name}” created.`),
);

export const renameTermAction = formAction({ permission: "taxonomy:manage", schema: TaxonomyRenameSchema }, async (input, { user: user, formData }) =>
  done(await renameTerm(user, input.kind, input.id, input.name), formData, `Renamed to “${input.name}”.`),
);

// Merging and deleting remove the row whose form made the request, so the outcome is shown on the
// page itself (see TAXONOMY_NOTICES) rather than in the row.
export const mergeTermAction = formAction({ permission: "taxonomy:manage", schema: TaxonomyMergeSchema }, async (input, { user: user, formData }) => {
  const state = done(await mergeTerm(user, input.kind, input.id, input.targetId), formData, "");
  if (state.status === "error") return state;
  redirect(`/dashboard/taxonomy?notice=merged-${input.kind}`);
});

export const deleteTermAction = formAction({ permission: "taxonomy:manage", schema: TaxonomyDeleteSchema }, async (input, { user: user, formData }) => {
  const state = done(await deleteTerm(user, input.kind, input.id), formData, "");
  if (state.status === "error") return state;
  redirect(`/dashboard/taxonomy?notice=deleted-${input.kind}`);
});
