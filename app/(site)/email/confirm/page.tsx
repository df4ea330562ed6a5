import type { Metadata } from "next";
import { EmailLinkPage } from "@/components/mail/email-link-page";

export const metadata: Metadata = { title: "Confirm", robots: { index: false }, referrer: "no-referrer" };

export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ t?: string | string[] }> }) {
  return <EmailLinkPage kind="confirm" token={(await searchParams).t} />;
}
