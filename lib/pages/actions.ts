"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/staff-action";
import { refusalState, successState } from "@/lib/actions/state";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { z } from "zod";
import { saveSitePage } from "./mutations";
import { PageFormSchema } from "./schemas";

export const saveSitePageAction = formAction(
  { permission: "pages:manage", schema: PageFormSchema, bound: z.tuple([RecordIdSchema.nullable()]) },
  async (input, { user, formData, bound: [id] }) => {
    const result = await saveSitePage(user, id, input);
    if (!result.ok) return refusalState(result, formData);
    revalidatePath("/dashboard/pages");
    if (!id) redirect(`/dashboard/pages/${result.id}/edit?saved=1`);
    return successState(input.published ? `Saved. Readers see it at ${result.address}.` : "Saved as a draft: readers do not see it.");
  },
);
