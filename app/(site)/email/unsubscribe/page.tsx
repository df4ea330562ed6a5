import type { Metadata } from "next";
import { EmailLinkPage } from "@/components/mail/email-link-page";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false }, referrer: "no-referrer" };

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ t?: string | string[] }> }) {
  return <EmailLinkPage kind="unsubscribe" token={(await searchParams).t} />;
}
