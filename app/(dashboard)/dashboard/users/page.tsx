import { CreateUserForm, UserRowActions } from "@/components/dashboard/user-forms";
import { TableScroller } from "@/components/dashboard/table-scroller";
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
      <TableScroller label="Everyone who can sign in" className="mt-8">
        <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
          <caption className="sr-only">Everyone who can sign in</caption>
          <thead>
            <tr className="border-b border-ink">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Email</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2 pr-4">Last sign-in</th>
              <th scope="col" className="py-2">Role and access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-rule align-top">
                <th scope="row" className="py-3 pr-4 text-left font-medium">{user.name}</th>
                <td className="py-3 pr-4">{user.email}</td>
                <td className="py-3 pr-4">{!user.active ? "Deactivated" : user.invitationOpen ? "Invited" : "Active"}</td>
                <td className="py-3 pr-4">{user.lastLoginAt ? <DateTime value={user.lastLoginAt} withTime /> : "Never"}</td>
                <td className="py-3">
                  {user.id === admin.id ? (
                    <span className="text-muted">{user.role.toLowerCase()} (you)</span>
                  ) : (
                    <UserRowActions userId={user.id} name={user.name} role={user.role} active={user.active} invitationOpen={user.invitationOpen} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </>
  );
}
