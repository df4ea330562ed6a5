import { ReaderLink } from "@/components/site/reader-link";
import { getTranslations } from "next-intl/server";
import type { ArticleDetail } from "@/lib/articles/queries";
import { AuthorAvatar } from "./author-avatar";
import { AuthorLinks } from "./author-links";

const isolated = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;

/** "About Marcus Chen", bio and "View all posts by Marcus Chen →" at the end of an article. */
export async function AuthorBox({ author }: { author: ArticleDetail["author"] }) {
  const t = await getTranslations("AuthorBox");
  return (
    <aside aria-labelledby={`about-author-${author.id}`} className="author-box">
      <AuthorAvatar name={author.displayName} url={author.avatarUrl} size={72} />
      <div className="min-w-0 space-y-3">
        <h2 id={`about-author-${author.id}`} className="font-serif text-xl font-bold">
          {t.rich("about", { name: author.displayName, bdi: isolated })}
        </h2>
        {author.bio && <p className="leading-relaxed text-ink/90">{author.bio}</p>}
        <AuthorLinks author={author} name={author.displayName} />
        <p>
          <ReaderLink href={`/authors/${author.handle}`} className="link-accent">
            {t.rich("allPosts", { name: author.displayName, bdi: isolated })}
          </ReaderLink>
        </p>
      </div>
    </aside>
  );
}
