import type { Metadata } from "next";
import { ReaderLink } from "@/components/site/reader-link";
import { connection } from "next/server";
import { SubscribeForm } from "@/components/newsletter/subscribe-form";
import { DateTime } from "@/components/ui/date-time";
import { env } from "@/lib/env";
import { listSentIssues } from "@/lib/newsletter/queries";
import { shareMetadata } from "@/lib/seo/share-metadata";
import { pluralize } from "@/lib/format";

export const metadata: Metadata = { title: "Newsletter", ...shareMetadata({ path: "/newsletter", title: "Newsletter" }) };

export default async function NewsletterPage() {
  await connection();
  const issues = await listSentIssues();
  return (
    <div className="container-page grid gap-10 py-8 sm:py-12 lg:grid-cols-2">
      <section aria-labelledby="subscribe-heading">
        <h1 id="subscribe-heading" className="font-serif text-4xl font-bold tracking-tight">Newsletter</h1>
        <p className="mt-3 text-muted">What {env.SITE_NAME} published, in your inbox once a day or once a week.</p>
        <div className="mt-6">
          <SubscribeForm />
        </div>
      </section>
      <section aria-labelledby="archive-heading">
        <h2 id="archive-heading" className="section-title">Past issues</h2>
        {issues.length === 0 ? (
          <p className="mt-3 text-muted">No issue has been sent yet.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {issues.map((issue) => (
              <li key={issue.id}>
                <ReaderLink href={`/newsletter/${issue.id}`} className="font-semibold underline">{issue.subject}</ReaderLink>{" "}
                <span className="text-sm text-muted">
                  <DateTime value={issue.periodEnd} /> · {pluralize(issue.articleCount, "article")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
