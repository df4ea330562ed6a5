import type { Metadata } from "next";
import { EmailLinkPage } from "@/components/mail/email-link-page";

// Rendered per request (it reads searchParams): the readers' layout builds its pages on first request
// (generateStaticParams), which a page reading searchParams must opt out of, as it did before it moved
// under [edition] (docs/decisions/052-editions-routing.md).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false }, referrer: "no-referrer" };

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ t?: string | string[] }> }) {
  return <EmailLinkPage kind="unsubscribe" token={(await searchParams).t} />;
}
