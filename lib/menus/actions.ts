"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/staff-action";
import { successState } from "@/lib/actions/state";
import { saveMenu } from "./mutations";
import { MenuFormSchema } from "./schemas";

export const saveMenuAction = formAction({ permission: "menus:manage", schema: MenuFormSchema, summariseErrors: true }, async (input, { user }) => {
  await saveMenu(user, input.menu, input.items);
  revalidatePath("/dashboard/menus");
  return successState(`${input.menu === "header" ? "Header" : "Footer"} menu saved. Readers see it now.`);
});
