import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/schemas";
import { SIGN_IN_UNAVAILABLE_MESSAGE } from "@/lib/ops/unavailable-digest";
import { shareMetadata } from "@/lib/seo/share-metadata";

// Kept out of search results by noindex, which crawlers can only read because robots.txt lets them in.
export const metadata: Metadata = { title: "Sign in", robots: { index: false }, ...shareMetadata({ path: "/login", title: "Sign in" }) };

type Props = { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; passwordChanged?: string; welcome?: string; code?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, signedOut, passwordChanged, welcome, code } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackPath(callbackUrl));
  return (
    <>
      <h1 className="section-title mb-6">Sign in</h1>
      {signedOut && <p className="mb-4 text-sm text-muted">You have signed out.</p>}
      {passwordChanged && <p className="mb-4 text-sm text-muted">Your password has changed. Sign in with the new one.</p>}
      {welcome && <p className="mb-4 text-sm text-muted">Your password is set. Sign in with it.</p>}
      {/* Where Auth.js sends a sign-in posted straight to /api/auth/callback/credentials that failed for this reason. */}
      {code === "unavailable" && (
        <p role="status" className="mb-4 rounded border border-accent bg-red-50 px-4 py-3 text-sm font-medium text-accent-dark">
          {SIGN_IN_UNAVAILABLE_MESSAGE}
        </p>
      )}
      <LoginForm callbackUrl={callbackUrl ? safeCallbackPath(callbackUrl) : undefined} />
      <p className="mt-6 text-sm">
        {/* A plain link: a prefetching <Link> would add Next's chunk scripts to this nonce-protected page. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- deliberate full load; the rule reads app/[edition]/[slug] as every address */}
        <a href="/login/forgot" className="underline">Forgot your password?</a>
      </p>
    </>
  );
}
