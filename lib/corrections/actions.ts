"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { formAction } from "@/lib/actions/staff-action";
import { refusalState, successState } from "@/lib/actions/state";
import { addCorrection } from "@/lib/corrections/mutations";
import { CORRECTION_LABEL, CorrectionInputSchema } from "@/lib/corrections/schemas";

/** Add a dated correction or update to a published article. Bound to the article id by the form. */
export const addCorrectionAction = formAction(
  { permission: "article:correct", schema: CorrectionInputSchema, bound: z.tuple([RecordIdSchema]) },
  async (input, { user, formData, bound: [articleId] }) => {
    const result = await addCorrection(user, articleId, input);
    if (!result.ok) return refusalState(result, formData);
    revalidatePath(`/dashboard/articles/${articleId}/edit`);
    return successState(`${CORRECTION_LABEL[input.kind]} added. Readers see it on the article and on the corrections page now.`);
  },
);
