import type { Metadata } from "next";
import { ChoosePasswordPage } from "@/components/auth/choose-password-page";

export const metadata: Metadata = { title: "Welcome: choose your password", robots: { index: false }, referrer: "no-referrer" };

export default async function WelcomePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return <ChoosePasswordPage purpose="invitation" token={token} />;
}
