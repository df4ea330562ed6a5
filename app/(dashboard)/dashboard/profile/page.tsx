import { EmailPreferencesForm, PasswordForm, ProfileForm } from "@/components/dashboard/profile-forms";
import { can } from "@/lib/auth/permissions";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { requirePagePermission } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/users/queries";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  // The one page open before a one-time password is replaced: the password form is here.
  const user = await requirePagePermission("dashboard:view", { allowWithOneTimePassword: true });
  const profile = await getOwnProfile(user);
  const author = profile.author;
  return (
    <div className="grid max-w-5xl gap-10 lg:grid-cols-2">
      <section aria-labelledby="profile-heading">
        <h1 id="profile-heading" className="font-serif text-3xl font-bold">
          Your profile
        </h1>
        <p className="mt-1 text-sm text-muted">Signed in as {profile.email}. This is what readers see on your author page.</p>
        <div className="mt-6">
          <ProfileForm
            initial={{
              displayName: author?.displayName ?? profile.name,
              handle: author?.handle ?? "",
              bio: author?.bio ?? "",
              website: author?.website ?? "",
              links: (author?.links ?? []).map((link) => `${link.label} ${link.url}`).join("\n"),
              avatarUrl: author?.avatarUrl ?? null,
            }}
          />
        </div>
      </section>
      <section aria-labelledby="password" className="lg:pt-1">
        <h2 id="password" className="section-title">
          Password
        </h2>
        <p className="mt-1 text-sm text-muted">Changing it signs you out everywhere; sign in again with the new one.</p>
        <div className="mt-6">
          <PasswordForm />
        </div>
        <h2 id="sessions" className="section-title mt-10">
          Sessions
        </h2>
        <p className="mt-1 text-sm text-muted">
          Signed in on a computer you no longer have, or left signed in somewhere? End every session, this one included.
        </p>
        <form action={signOutEverywhereAction} className="mt-4">
          <button type="submit" className="rounded border border-current px-4 py-2 text-sm font-semibold">
            Sign out everywhere
          </button>
        </form>
        <h2 id="email" className="section-title mt-10">
          Email
        </h2>
        <div className="mt-4">
          <EmailPreferencesForm initial={profile.preferences} moderates={can(user.role, "reply:moderate")} editorial={can(user.role, "article:create")} />
        </div>
      </section>
    </div>
  );
}
