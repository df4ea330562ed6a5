import { EmailLinkForm } from "@/components/mail/email-link-form";
import Link from "next/link";
import { EXPIRED_LINK_MESSAGE, LINK_DESCRIPTIONS, readSignedLink } from "@/lib/mail/links";

/**
 * The page behind a confirm or unsubscribe link. Opening it changes nothing (mail scanners open
 * links); the button does, and a mail program's one-click unsubscribe posts to /api/email/unsubscribe.
 */
export function EmailLinkPage({ token, kind }: { token: string | string[] | undefined; kind: "confirm" | "unsubscribe" }) {
  const link = typeof token === "string" ? readSignedLink(token) : null;
  const fits = link && (kind === "confirm" ? link.purpose.endsWith("-confirm") : link.purpose.endsWith("-unsubscribe"));
  return (
    <div className="container-page max-w-2xl py-8 sm:py-12">
      <h1 className="font-serif text-3xl font-bold">{kind === "confirm" ? "Confirm" : "Unsubscribe"}</h1>
      {link && fits && link.expired ? (
        <>
          <p className="mt-4">{EXPIRED_LINK_MESSAGE}</p>
          {link.purpose === "newsletter-confirm" ? (
            <p className="mt-4">
              Still want the newsletter?{" "}
              <Link href="/newsletter" className="link-accent">
                Subscribe again
              </Link>{" "}
              and we will send you a new link.
            </p>
          ) : (
            <p className="mt-4">Your comment is not affected. Tick “Notify me of replies to my comment” on your next comment to be sent a new link.</p>
          )}
        </>
      ) : link && fits ? (
        <>
          <p className="mt-4">{LINK_DESCRIPTIONS[link.purpose].question}</p>
          <EmailLinkForm token={token as string} button={LINK_DESCRIPTIONS[link.purpose].button} />
        </>
      ) : (
        <p className="mt-4">This link is not valid. Copy the whole address from the message and try again.</p>
      )}
    </div>
  );
}
