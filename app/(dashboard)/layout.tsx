import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { default: "Dashboard", template: "%s · Dashboard" }, robots: { index: false } };

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const { mustChangePassword } = (await db.user.findUnique({ where: { id: user.id }, select: { mustChangePassword: true } })) ?? {};
  return (
    <>
      <DashboardNav user={user} />
      {mustChangePassword && (
        <p className="border-b border-amber-300 bg-amber-50 py-2 text-center text-sm">
          You signed in with a one-time password.{" "}
          <Link href="/dashboard/profile#password" className="font-semibold underline">
            Choose your own password
          </Link>
          .
        </p>
      )}
      <main id="main" className="container-wide flex-1 py-8">
        {children}
      </main>
    </>
  );
}
