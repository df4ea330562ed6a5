import { getTranslations } from "next-intl/server";
import type { AuthorProfile } from "@/lib/authors/queries";

type Links = Pick<AuthorProfile, "website" | "links">;

/** The author's website and social profiles. rel="me" lets Mastodon and others verify them. */
export async function AuthorLinks({ author, name }: { author: Links; name: string }) {
  const t = await getTranslations("AuthorBox");
  const links = [...(author.website ? [{ label: t("website"), url: author.website }] : []), ...author.links];
  if (links.length === 0) return null;
  return (
    <ul aria-label={t("elsewhere", { name })} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} rel="me noopener" className="text-accent underline hover:text-accent-dark">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
