import type { Metadata } from "next";
import { ChoosePasswordPage } from "@/components/auth/choose-password-page";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return <ChoosePasswordPage purpose="password-reset" token={token} />;
}
