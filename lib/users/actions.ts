"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { formAction } from "@/lib/actions/form-action";
import { errorState, successState } from "@/lib/actions/state";
import { cacheTags, expireTags } from "@/lib/cache/tags";
import { storeFormImage } from "@/lib/uploads/store";
import { changePassword, changeRole, createUser, setActive, updateProfile } from "@/lib/users/mutations";
import { ChangeRoleSchema, CreateUserSchema, PasswordChangeSchema, ProfileSchema, UserIdSchema } from "@/lib/users/schemas";

export const createUserAction = formAction("user:manage", CreateUserSchema, async (input, admin, formData) => {
  const result = await createUser(admin, input);
  if (!result.ok) return errorState(result.message, formData, result.fieldErrors);
  revalidatePath("/dashboard/users");
  return successState(`Account created for ${input.name} (${input.email}). One-time password: ${result.password} — it is shown only once; they choose their own when they first sign in.`);
});

export const changeRoleAction = formAction("user:manage", ChangeRoleSchema, async (input, admin, formData) => {
  const result = await changeRole(admin, input.userId, input.role);
  if (!result.ok) return errorState(result.message, formData);
  revalidatePath("/dashboard/users");
  return successState("Role changed.");
});

export const deactivateUserAction = formAction("user:manage", UserIdSchema, async (input, admin, formData) => {
  const result = await setActive(admin, input.userId, false);
  if (!result.ok) return errorState(result.message, formData);
  revalidatePath("/dashboard/users");
  return successState("Deactivated. They are signed out and cannot sign in.");
});

export const reactivateUserAction = formAction("user:manage", UserIdSchema, async (input, admin, formData) => {
  const result = await setActive(admin, input.userId, true);
  if (!result.ok) return errorState(result.message, formData);
  revalidatePath("/dashboard/users");
  return successState("Reactivated. They can sign in again.");
});

export const updateProfileAction = formAction("dashboard:view", ProfileSchema, async (input, user, formData) => {
  const upload = await storeFormImage(formData, "avatar");
  if ("error" in upload) return errorState("Please correct the fields marked below.", formData, { avatar: [upload.error] });
  const result = await updateProfile(user, input, upload.url);
  if (!result.ok) return errorState(result.message, formData, result.fieldErrors);
  // The byline appears on the author page and every article's author box.
  expireTags([cacheTags.author(result.before), cacheTags.author(result.after), cacheTags.authorProfile(result.authorId), cacheTags.articleLists()]);
  revalidatePath("/dashboard/profile");
  return successState("Profile saved.");
});

export const changePasswordAction = formAction("dashboard:view", PasswordChangeSchema, async (input, user, formData) => {
  const result = await changePassword(user, input.currentPassword, input.newPassword);
  if (!result.ok) return errorState(result.message, formData, result.fieldErrors);
  await signOut({ redirect: false });
  redirect("/login?passwordChanged=1");
});
