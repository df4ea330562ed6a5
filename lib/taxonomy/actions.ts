"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { errorState, successState } from "@/lib/actions/state";
import { expireTags } from "@/lib/cache/tags";
import { createTerm, deleteTerm, mergeTerm, renameTerm } from "@/lib/taxonomy/mutations";
import { TaxonomyCreateSchema, TaxonomyDeleteSchema, TaxonomyMergeSchema, TaxonomyRenameSchema } from "@/lib/users/schemas";

const LABEL = { category: "Category", tag: "Tag" } as const;

function done(result: Awaited<ReturnType<typeof createTerm>>, formData: FormData, message: string) {
  if (!result.ok) return errorState(result.message, formData, result.fieldErrors);
  expireTags(result.tags);
  revalidatePath("/dashboard/taxonomy");
  return successState(message);
}

export const createTermAction = formAction("taxonomy:manage", TaxonomyCreateSchema, async (input, user, formData) =>
  done(await createTerm(user, input.kind, input.name), formData, `${LABEL[input.kind]} “${input.name}” created.`),
);

export const renameTermAction = formAction("taxonomy:manage", TaxonomyRenameSchema, async (input, user, formData) =>
  done(await renameTerm(user, input.kind, input.id, input.name), formData, `Renamed to “${input.name}”.`),
);

export const mergeTermAction = formAction("taxonomy:manage", TaxonomyMergeSchema, async (input, user, formData) =>
  done(await mergeTerm(user, input.kind, input.id, input.targetId), formData, "Merged. Its articles moved across."),
);

export const deleteTermAction = formAction("taxonomy:manage", TaxonomyDeleteSchema, async (input, user, formData) =>
  done(await deleteTerm(user, input.kind, input.id), formData, `${LABEL[input.kind]} deleted. Its articles are still published.`),
);
