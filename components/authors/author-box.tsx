import { ReaderLink } from "@/components/site/reader-link";
import type { ArticleDetail } from "@/lib/articles/queries";
import { AuthorAvatar } from "./author-avatar";
import { AuthorLinks } from "./author-links";

/** "About Marcus Chen", bio and "View all posts by Marcus Chen →" at the end of an article. */
export function AuthorBox({ author }: { author: ArticleDetail["author"] }) {
  return (
    <aside aria-labelledby={`about-author-${author.id}`} className="author-box">
      <AuthorAvatar name={author.displayName} url={author.avatarUrl} size={72} />
      <div className="min-w-0 space-y-3">
        <h2 id={`about-author-${author.id}`} className="font-serif text-xl font-bold">
          About {author.displayName}
        </h2>
        {author.bio && <p className="leading-relaxed text-ink/90">{author.bio}</p>}
        <AuthorLinks author={author} name={author.displayName} />
        <p>
          <ReaderLink href={`/authors/${author.handle}`} className="link-accent">
            View all posts by {author.displayName} →
          </ReaderLink>
        </p>
      </div>
    </aside>
  );
}
