import type { Metadata } from "next";
import { ReaderLink } from "@/components/site/reader-link";
import { connection } from "next/server";
import { SubscribeForm, type SubscribeFormText } from "@/components/newsletter/subscribe-form";
import { getTranslations } from "next-intl/server";
import { ReaderDateTime } from "@/components/ui/reader-date-time";
import { env } from "@/lib/env";
import { listSentIssues } from "@/lib/newsletter/queries";
import { shareMetadata } from "@/lib/seo/share-metadata";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

// Rendered per request (it reads connection()): the readers' layout builds its pages on first request
// (generateStaticParams), which a page reading connection() must opt out of, as it did before it moved
// under [edition] (docs/decisions/052-editions-routing.md).
export const dynamic = "force-dynamic";

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata());
}

async function pageMetadata(): Promise<Metadata> {
  const title = (await getTranslations("Newsletter"))("title");
  return { title, ...shareMetadata({ path: "/newsletter", title }) };
}

export default async function NewsletterPage() {
  await connection();
  const [issues, t, tForm] = await Promise.all([listSentIssues(), getTranslations("Newsletter"), getTranslations("Newsletter.form")]);
  // The form's words as props (docs/decisions/056-the-article-page-without-a-message-formatter.md).
  const formText = Object.fromEntries((["label", "email", "hint", "howOften", "daily", "weekly", "subscribe"] as const).map((key) => [key, tForm(key)])) as SubscribeFormText;
  return (
    <div className="container-page grid gap-10 py-8 sm:py-12 lg:grid-cols-2">
      <section aria-labelledby="subscribe-heading">
        <h1 id="subscribe-heading" className="font-serif text-4xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-3 text-muted">{t("intro", { site: env.SITE_NAME })}</p>
        <div className="mt-6">
          <SubscribeForm text={formText} />
        </div>
      </section>
      <section aria-labelledby="archive-heading">
        <h2 id="archive-heading" className="section-title">{t("past")}</h2>
        {issues.length === 0 ? (
          <p className="mt-3 text-muted">{t("none")}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {issues.map((issue) => (
              <li key={issue.id}>
                <ReaderLink href={`/newsletter/${issue.id}`} className="font-semibold underline">{issue.subject}</ReaderLink>{" "}
                <span className="text-sm text-muted">
                  <ReaderDateTime value={issue.periodEnd} /> · {t("articles", { count: issue.articleCount })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
