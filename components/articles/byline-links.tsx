import { ReaderLink } from "@/components/site/reader-link";
import { bylineSeparator } from "@/lib/articles/bylines";

/** "Marcus Chen and Amara Okafor", each name a link to the author's page. */
export function BylineLinks({ authors, className, rel }: { authors: { handle: string; displayName: string }[]; className?: string; rel?: string }) {
  return (
    <>
      {authors.map((author, index) => (
        <span key={author.handle}>
          {bylineSeparator(index, authors.length)}
          <ReaderLink href={`/authors/${author.handle}`} rel={rel} className={className}>
            {author.displayName}
          </ReaderLink>
        </span>
      ))}
    </>
  );
}
