import { ReaderLink } from "@/components/site/reader-link";
import { getFormatter } from "next-intl/server";

/**
 * "Marcus Chen and Amara Okafor", each name a link to the author's page, joined as the page's
 * language joins a list (Intl.ListFormat: "A, B and C", "A, B et C"); each name isolated in <bdi>.
 */
export async function BylineLinks({ authors, className, rel }: { authors: { handle: string; displayName: string }[]; className?: string; rel?: string }) {
  const format = await getFormatter();
  const links = authors.map((author) => (
    <ReaderLink key={author.handle} href={`/authors/${author.handle}`} rel={rel} className={className}>
      <bdi>{author.displayName}</bdi>
    </ReaderLink>
  ));
  return <>{format.list(links, { type: "conjunction" })}</>;
}
