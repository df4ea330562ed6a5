import Link from "next/link";
import { findEmailLink, type LinkPurpose } from "@/lib/auth/email-links";
import { ChoosePasswordForm } from "./choose-password-form";

/** The page behind an invitation or reset link: the form while the link is valid, else what to do. */
export async function ChoosePasswordPage({ purpose, token }: { purpose: LinkPurpose; token: string | string[] | undefined }) {
  const link = typeof token === "string" ? await findEmailLink(token, purpose) : null;
  const invitation = purpose === "invitation";
  if (!link) {
    return (
      <>
        <h1 className="section-title mb-4">This link no longer works</h1>
        <p className="mb-4 text-sm">
          {invitation
            ? "Invitation links work once, for 72 hours. Ask an administrator to invite you again."
            : "Reset links work once, for one hour."}
        </p>
        <p className="text-sm">
          <Link href={invitation ? "/login" : "/login/forgot"} className="underline">
            {invitation ? "Go to sign in" : "Ask for a new link"}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="section-title mb-2">{invitation ? `Welcome, ${link.user.name}` : "Choose a new password"}</h1>
      <p className="mb-6 text-sm text-muted">
        {invitation ? `Choose the password for ${link.user.email}.` : `For ${link.user.email}. Every browser signed in to this account will be signed out.`}
      </p>
      <ChoosePasswordForm purpose={purpose} token={token as string} email={link.user.email} />
    </>
  );
}
