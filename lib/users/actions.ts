"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { formAction } from "@/lib/actions/staff-action";
import { refusalState, successState } from "@/lib/actions/state";
import { createMedia } from "@/lib/media/mutations";
import { changePassword, changeRole, createUser, resendInvitation, saveEmailPreferences, setActive } from "@/lib/users/mutations";
import { updateAuthorProfile } from "@/lib/authors/mutations";
import { ChangeRoleSchema, CreateUserSchema, EmailPreferencesSchema, PasswordChangeSchema, ProfileSchema, UserIdSchema } from "@/lib/users/schemas";

export const createUserAction = formAction({ permission: "user:manage", schema: CreateUserSchema }, async (input, { user: admin, formData }) => {
  const result = await createUser(admin, input);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/users");
  if (result.invited) return successState(`Invitation sent to ${input.name} (${input.email}). The link lets them choose a password within 72 hours.`);
  return successState(`Account created for ${input.name} (${input.email}). One-time password: ${result.password} — it is shown only once; they choose their own when they first sign in.`);
});

export const resendInvitationAction = formAction({ permission: "user:manage", schema: UserIdSchema }, async (input, { user: admin, formData }) => {
  const result = await resendInvitation(admin, input.userId);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/users");
  return successState(`A new invitation is on its way to ${result.name} (${result.email}). The earlier link no longer works.`);
});

export const changeRoleAction = formAction({ permission: "user:manage", schema: ChangeRoleSchema }, async (input, { user: admin, formData }) => {
  const result = await changeRole(admin, input.userId, input.role);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/users");
  return successState("Role changed.");
});

export const deactivateUserAction = formAction({ permission: "user:manage", schema: UserIdSchema }, async (input, { user: admin, formData }) => {
  const result = await setActive(admin, input.userId, false);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/users");
  return successState("Deactivated. They are signed out and cannot sign in.");
});

export const reactivateUserAction = formAction({ permission: "user:manage", schema: UserIdSchema }, async (input, { user: admin, formData }) => {
  const result = await setActive(admin, input.userId, true);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/users");
  return successState("Reactivated. They can sign in again.");
});

export const updateProfileAction = formAction({ permission: "dashboard:view", schema: ProfileSchema }, async (input, { user: user, formData }) => {
  // The portrait goes into the media library through the one upload path: its focal point is set there.
  const file = formData.get("avatar");
  let avatarUrl: string | null = null;
  if (file instanceof File && file.size > 0) {
    const upload = await createMedia(user, file, { alt: `Portrait of ${input.displayName}`.slice(0, 300), caption: "", credit: "" }, "avatar");
    if (!upload.ok) return refusalState(upload, formData);
    avatarUrl = upload.item.url;
  }
  const result = await updateAuthorProfile(user, input, avatarUrl);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/dashboard/profile");
  return successState("Profile saved.");
});

export const changePasswordAction = formAction({ permission: "dashboard:view", schema: PasswordChangeSchema, allowWithOneTimePassword: true }, async (input, { user: user, formData }) => {
  const result = await changePassword(user, input.currentPassword, input.newPassword);
  if (!result.ok) return refusalState(result, formData);
  await signOut({ redirect: false });
  redirect("/login?passwordChanged=1");
});

export const saveEmailPreferencesAction = formAction({ permission: "dashboard:view", schema: EmailPreferencesSchema }, async (input, { user }) => {
  await saveEmailPreferences(user, input);
  revalidatePath("/dashboard/profile");
  return successState("Email preferences saved.");
});
