import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { CHOOSE_PASSWORD_PATH, getCurrentUser } from "@/lib/auth/session";
// The newsroom's stylesheet, on top of the reader's (docs/decisions/053-a-stylesheet-for-readers.md).
import "../dashboard.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { default: "Dashboard", template: "%s · Dashboard" }, robots: { index: false } };

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return (
    <>
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
    </>
  );
}
