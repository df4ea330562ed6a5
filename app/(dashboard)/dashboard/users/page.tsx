import { CreateUserForm, UserRowActions } from "@/components/dashboard/user-forms";
import { DataTable } from "@/components/dashboard/data-table";
import { DateTime } from "@/components/ui/date-time";
import { requirePagePermission } from "@/lib/auth/session";
import { mailIsConfigured } from "@/lib/mail/outbox";
import { listUsers } from "@/lib/users/queries";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePagePermission("user:manage");
  const users = await listUsers(admin);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <div className="mt-6">
        <CreateUserForm invites={mailIsConfigured()} />
      </div>
      <DataTable
        caption="Everyone who can sign in"
        className="mt-8"
        rowHeader
        columns={[
          { key: "name", label: "Name" },
          { key: "email", label: "Email" },
          { key: "status", label: "Status" },
          { key: "login", label: "Last sign-in" },
          { key: "role", label: "Role and access" },
        ]}
        rows={users.map((user) => ({
          id: user.id,
          label: user.name,
          cells: [
            user.name,
            user.email,
            !user.active ? "Deactivated" : user.invitationOpen ? "Invited" : "Active",
            user.lastLoginAt ? <DateTime key="login" value={user.lastLoginAt} withTime /> : "Never",
            user.id === admin.id ? (
              <span key="role" className="text-muted">
                {user.role.toLowerCase()} (you)
              </span>
            ) : (
              <UserRowActions key="role" userId={user.id} name={user.name} role={user.role} active={user.active} invitationOpen={user.invitationOpen} />
            ),
          ],
        }))}
      />
    </>
  );
}
