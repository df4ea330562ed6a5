import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { HydrationMark } from "@/components/ui/hydration-mark";
import { CHOOSE_PASSWORD_PATH, getCurrentUser } from "@/lib/auth/session";
import { BODY_CLASS, siteMetadata, siteViewport } from "@/lib/seo/site-metadata";
import "../globals.css";
// The newsroom's stylesheet, on top of the reader's (docs/decisions/053-a-stylesheet-for-readers.md).
import "../dashboard.css";

// The dashboard's root layout (the dashboard stays English): the readers' is app/[edition]/layout.tsx
// (docs/decisions/052-editions-routing.md).

export const dynamic = "force-dynamic";
export const metadata: Metadata = { ...siteMetadata(), title: { default: "Dashboard", template: "%s · Dashboard" }, robots: { index: false } };
export const viewport: Viewport = siteViewport;

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return (
    <html lang="en">
      <body className={BODY_CLASS}>
      <DashboardNav user={user} />
      {user.mustChangePassword && (
        <p className="border-b border-amber-300 bg-amber-50 py-2 text-center text-sm">
          You signed in with a one-time password.{" "}
          <Link href={CHOOSE_PASSWORD_PATH} className="font-semibold underline">
            Choose your own password
          </Link>{" "}
          before you do anything else.
        </p>
      )}
      <main id="main" className="container-wide flex-1 py-8">
        {children}
      </main>
        <HydrationMark />
      </body>
    </html>
  );
}
