"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/staff-action";
import { refusalState, successState } from "@/lib/actions/state";
import { saveMenu } from "./mutations";
import { MenuFormSchema } from "./schemas";

export const saveMenuAction = formAction({ permission: "menus:manage", schema: MenuFormSchema, summariseErrors: true }, async (input, { user, formData }) => {
  const result = await saveMenu(user, input.menu, input.items, input.editionId);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/menus");
  return successState(`${input.menu === "header" ? "Header" : "Footer"} menu saved. Readers see it now.`);
});
