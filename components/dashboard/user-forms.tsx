"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/state";
import { changeRoleAction, createUserAction, deactivateUserAction, reactivateUserAction, resendInvitationAction } from "@/lib/users/actions";
import { ROLES } from "@/lib/users/schemas";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

const roleOptions = ROLES.map((role) => (
  <option key={role} value={role}>
    {role.charAt(0) + role.slice(1).toLowerCase()}
  </option>
));

export function CreateUserForm({ invites }: { invites: boolean }) {
  const [state, action] = useActionState(createUserAction, idleState);
  return (
    <form action={action} noValidate className="space-y-4 rounded-lg border border-rule p-4">
      <h2 className="font-serif text-xl font-bold">Add a user</h2>
      <p className="text-sm text-muted">
        {invites
          ? "They receive an email invitation with a link to choose their password (valid for 72 hours)."
          : "No mail server is set up: you will see a one-time password to pass on; they choose their own at first sign-in."}
      </p>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="name" label="Name" state={state} required />
        <Field name="email" label="Email" type="email" state={state} required />
        <Field name="role" label="Role" state={state} defaultValue="AUTHOR" required>
          {(control) => (
            <select {...control}>{roleOptions}</select>
          )}
        </Field>
      </div>
      <SubmitButton>Create user</SubmitButton>
    </form>
  );
}

/** Role and activation controls for one user row. */
export function UserRowActions({ userId, name, role, active, invitationOpen }: { userId: string; name: string; role: string; active: boolean; invitationOpen: boolean }) {
  const [roleState, roleAction] = useActionState(changeRoleAction, idleState);
  const [activeState, activeAction] = useActionState(active ? deactivateUserAction : reactivateUserAction, idleState);
  const [inviteState, inviteAction] = useActionState(resendInvitationAction, idleState);
  const latest = [roleState, activeState, inviteState].reduce((a, b) => ((b.at ?? 0) > (a.at ?? 0) ? b : a));
  return (
    <div className="space-y-2">
      <form action={roleAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={userId} />
        <label className="text-sm">
          <span className="sr-only">Role of {name}</span>
          <select name="role" defaultValue={role} aria-label={`Role of ${name}`} className="rounded border border-neutral-400 px-2 py-1.5">
            {roleOptions}
          </select>
        </label>
        <SubmitButton variant="secondary">Change role</SubmitButton>
      </form>
      <form action={activeAction}>
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant={active ? "danger" : "secondary"}>{active ? `Deactivate ${name}` : `Reactivate ${name}`}</SubmitButton>
      </form>
      {invitationOpen && active && (
        <form action={inviteAction}>
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton variant="secondary">{`Resend invitation to ${name}`}</SubmitButton>
        </form>
      )}
      <FormMessage state={latest} />
    </div>
  );
}
