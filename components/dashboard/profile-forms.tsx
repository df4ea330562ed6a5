"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { changePasswordAction, saveEmailPreferencesAction, updateProfileAction } from "@/lib/users/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export type ProfileValues = {
  displayName: string;
  handle: string;
  bio: string;
  website: string;
  links: string;
  avatarUrl: string | null;
};

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const [state, action] = useActionState(updateProfileAction, idleState);
  const value = (name: keyof ProfileValues) => state.values?.[name] ?? initial[name] ?? "";
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field name="displayName" label="Display name" state={state} defaultValue={value("displayName")} hint="Your byline." required />
      <Field name="handle" label="Handle" state={state} defaultValue={value("handle")} hint={`Your author page: /authors/${value("handle") || "…"}`} required />
      <Field name="bio" label="Bio" state={state} defaultValue={value("bio")} hint="Shown in the author box under your articles.">
        {(control) => <textarea {...control} rows={5} />}
      </Field>
      {initial.avatarUrl && (
        <div className="flex items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={initial.avatarUrl} alt="" width={64} height={64} className="rounded-full" />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="removeAvatar" /> Remove this picture
          </label>
        </div>
      )}
      <Field name="avatar" label="Avatar" type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" state={state} hint="A square picture works best." />
      <Field name="website" label="Website" type="url" state={state} defaultValue={value("website")} />
      <Field name="links" label="Social links" state={state} defaultValue={value("links")} hint="One per line: a label, a space, the address. Mastodon https://mastodon.social/@you">
        {(control) => <textarea {...control} rows={3} />}
      </Field>
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, idleState);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} required />
      <Field name="newPassword" label="New password" type="password" autoComplete="new-password" state={state} hint="At least 12 characters." required />
      <Field name="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" state={state} required />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}

export function EmailPreferencesForm({ initial, moderates, editorial }: { initial: { notifyHeldReplies: boolean; notifyEditorial: boolean }; moderates: boolean; editorial: boolean }) {
  const [state, action] = useActionState(saveEmailPreferencesAction, idleState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      {moderates ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="notifyHeldReplies" defaultChecked={initial.notifyHeldReplies} className="mt-1" />
          <span>Email me when replies are held for moderation (at most one message every few minutes)</span>
        </label>
      ) : (
        initial.notifyHeldReplies && <input type="hidden" name="notifyHeldReplies" value="on" />
      )}
      {editorial && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="notifyEditorial" defaultChecked={initial.notifyEditorial} className="mt-1" />
          <span>Email me about articles submitted for review, and when my articles are published or sent back</span>
        </label>
      )}
      {!editorial && initial.notifyEditorial && <input type="hidden" name="notifyEditorial" value="on" />}
      <SubmitButton variant="secondary">Save email preferences</SubmitButton>
    </form>
  );
}
