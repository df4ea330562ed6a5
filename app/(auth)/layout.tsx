import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { HydrationMark } from "@/components/ui/hydration-mark";
import { env } from "@/lib/env";
import { BODY_CLASS, siteMetadata, siteViewport } from "@/lib/seo/site-metadata";
import "../globals.css";
// The newsroom's stylesheet, on top of the reader's (docs/decisions/053-a-stylesheet-for-readers.md).
import "../dashboard.css";

// Sign-in's root layout, English like the dashboard's (docs/decisions/052-editions-routing.md).
export const metadata: Metadata = siteMetadata();
export const viewport: Viewport = siteViewport;

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request, never prerendered: proxy.ts gives these pages a nonce policy with a fresh
  // nonce on every response, and a page built once would carry a fixed nonce (or none) on its scripts,
  // which the browser then blocks (/login/forgot was cached for a year). The dashboard layout is force-dynamic for the same reason.
  await connection();
  return (
    <html lang="en">
      <body className={BODY_CLASS}>
    <main id="main" className="flex flex-1 items-start justify-center bg-neutral-50 px-4 py-16">
      <div className="w-full max-w-sm rounded-lg border border-rule bg-white p-6 shadow-sm sm:p-8">
        <p className="mb-6 text-center">
          <Link href="/" className="font-serif text-3xl font-bold">
            {env.SITE_NAME}
          </Link>
        </p>
        {children}
      </div>
    </main>
        <HydrationMark />
      </body>
    </html>
  );
}
