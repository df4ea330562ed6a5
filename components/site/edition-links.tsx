import { getTranslations } from "next-intl/server";
import { currentEdition, readerEditions } from "@/lib/editions/current";
import { htmlLanguage, languageAttributes } from "@/lib/editions/attributes";
import { editionHref } from "@/lib/editions/href";

/**
 * The site's other editions, each named as it names itself and linked to its home page, on every
 * reader page of a site with more than one (an article also links its own versions: StoryVersions).
 * No redirect by Accept-Language: readers choose (docs/plans/editions.md, section 5).
 */
export async function EditionLinks() {
  const [editions, current] = await Promise.all([readerEditions(), currentEdition()]);
  const others = editions.filter((edition) => edition.id !== current.id);
  if (others.length === 0) return null;
  const t = await getTranslations("Nav");
  return (
    <nav aria-label={t("editions")} className="container-page border-t border-rule py-3 text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {others.map((edition) => (
          <li key={edition.id}>
            <a href={editionHref(edition, "/")} hrefLang={htmlLanguage(edition.language)} {...languageAttributes(edition)} className="hover:underline">
              {edition.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
