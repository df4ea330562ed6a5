import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";

export function DashboardNav({ user }: { user: SessionUser }) {
  const links = [
    { href: "/dashboard", label: "Overview", show: true },
    { href: "/dashboard/articles", label: "Articles", show: can(user.role, "article:create") },
    { href: "/dashboard/articles/new", label: "New article", show: can(user.role, "article:create") },
    { href: "/dashboard/calendar", label: "Calendar", show: can(user.role, "article:create") },
    { href: "/dashboard/front-page", label: "Front page", show: can(user.role, "frontpage:arrange") },
    { href: "/dashboard/menus", label: "Menus", show: can(user.role, "menus:manage") },
    { href: "/dashboard/pages", label: "Pages", show: can(user.role, "pages:manage") },
    { href: "/dashboard/media", label: "Media", show: can(user.role, "media:upload") },
    { href: "/dashboard/moderation", label: "Moderation", show: can(user.role, "reply:moderate") },
    { href: "/dashboard/taxonomy", label: "Categories & tags", show: can(user.role, "taxonomy:manage") },
    { href: "/dashboard/users", label: "Users", show: can(user.role, "user:manage") },
    { href: "/dashboard/newsletter", label: "Newsletter", show: can(user.role, "settings:manage") },
    { href: "/dashboard/outbox", label: "Outbox", show: can(user.role, "settings:manage") },
    { href: "/dashboard/import", label: "Import", show: can(user.role, "site:import") },
    { href: "/dashboard/settings", label: "Settings", show: can(user.role, "settings:manage") },
    { href: "/dashboard/profile", label: "Profile", show: true },
  ].filter((link) => link.show);
  return (
    <header className="border-b border-rule bg-ink text-white">
      <div className="container-wide flex flex-wrap items-center justify-between gap-3 py-3">
        <p className="font-serif text-xl font-bold">
          <Link href="/dashboard">Gazette dashboard</Link>
        </p>
        <div className="flex items-center gap-3 text-sm">
          <span>
            {user.name} <span className="text-neutral-300">({user.role.toLowerCase()})</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-neutral-500 px-3 py-1.5 hover:bg-neutral-800">
              Sign out
            </button>
          </form>
        </div>
      </div>
      <nav aria-label="Dashboard" className="border-t border-neutral-700">
        <ul className="container-wide flex gap-x-5 overflow-x-auto py-2 text-sm whitespace-nowrap">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-block py-1 hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/" prefetch={false} className="inline-block py-1 text-neutral-300 hover:underline">
              View site
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
