"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/staff-action";
import { refusalState, successState } from "@/lib/actions/state";
import { createTerm, deleteTerm, mergeTerm, renameTerm } from "@/lib/taxonomy/mutations";
import { TaxonomyCreateSchema, TaxonomyDeleteSchema, TaxonomyMergeSchema, TaxonomyRenameSchema } from "@/lib/taxonomy/schemas";

const LABEL = { category: "Category", tag: "Tag" } as const;

/** The list's address: one edition's sections and tags, with the outcome of a merge or delete. */
const taxonomyHref = (params: { notice: string; edition: string }) => `/dashboard/taxonomy?${new URLSearchParams(params)}`;

function done(result: Awaited<ReturnType<typeof createTerm>>, formData: FormData, message: string) {
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/taxonomy");
  return successState(message);
}

export const createTermAction = formAction({ permission: "taxonomy:manage", schema: TaxonomyCreateSchema }, async (input, { user: user, formData }) =>
  done(await createTerm(user, input.kind, input.name, input.editionId), formData, `${LABEL[input.kind]} “${input.name}” created.`),
);

export const renameTermAction = formAction({ permission: "taxonomy:manage", schema: TaxonomyRenameSchema }, async (input, { user: user, formData }) =>
  done(await renameTerm(user, input.kind, input.id, input.name), formData, `Renamed to “${input.name}”.`),
);

// Merging and deleting remove the row whose form made the request, so the outcome is shown on the
// page itself (see TAXONOMY_NOTICES) rather than in the row.
export const mergeTermAction = formAction({ permission: "taxonomy:manage", schema: TaxonomyMergeSchema }, async (input, { user: user, formData }) => {
  const result = await mergeTerm(user, input.kind, input.id, input.targetId);
  const state = done(result, formData, "");
  if (!result.ok) return state;
  redirect(taxonomyHref({ notice: `merged-${input.kind}`, edition: result.editionId }));
});

export const deleteTermAction = formAction({ permission: "taxonomy:manage", schema: TaxonomyDeleteSchema }, async (input, { user: user, formData }) => {
  const result = await deleteTerm(user, input.kind, input.id);
  const state = done(result, formData, "");
  if (!result.ok) return state;
  redirect(taxonomyHref({ notice: `deleted-${input.kind}`, edition: result.editionId }));
});
