import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata = { title: "Settings" };

const SETTINGS = [
  { href: "/dashboard/settings/editions", label: "Editions", description: "The site's languages: each edition's name, path and text direction, and which one is served at /." },
  { href: "/dashboard/moderation/settings", label: "Reply settings", description: "Hold and block lists, links, first replies, closing old threads, email to moderators." },
  { href: "/dashboard/newsletter", label: "Newsletter", description: "When the newsletter goes out, its subscribers and issues." },
  { href: "/dashboard/outbox", label: "Outbox", description: "Mail waiting, sent and failed." },
];

export default async function SettingsPage() {
  await requirePagePermission("settings:manage");
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Settings</h1>
      <ul className="mt-6 max-w-prose space-y-4">
        {SETTINGS.map((setting) => (
          <li key={setting.href}>
            <Link href={setting.href} className="font-semibold underline">
              {setting.label}
            </Link>
            <p className="text-sm text-muted">{setting.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
