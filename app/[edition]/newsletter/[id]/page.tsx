import type { Metadata } from "next";
import { ReaderLink } from "@/components/site/reader-link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { getSentIssue } from "@/lib/newsletter/queries";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

// Rendered per request (it reads connection()): the readers' layout builds its pages on first request
// (generateStaticParams), which a page reading connection() must opt out of, as it did before it moved
// under [edition] (docs/decisions/052-editions-routing.md).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = RecordIdSchema.safeParse((await params).id);
  return id.success ? getSentIssue(id.data) : null;
}

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(props: Props): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata(props));
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const issue = await load(params);
  return { title: issue?.subject ?? "Newsletter" };
}

export default async function NewsletterIssuePage({ params }: Props) {
  await connection();
  const issue = await load(params);
  if (!issue) notFound();
  return (
    <div className="container-page max-w-2xl py-8 sm:py-12">
      <p className="text-sm"><ReaderLink href="/newsletter" className="underline">Newsletter</ReaderLink></p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{issue.subject}</h1>
      {/* Written by lib/mail/compose.ts, which escapes every value it is given. */}
      <div className="mt-6 font-serif" dangerouslySetInnerHTML={{ __html: issue.body }} />
    </div>
  );
}
