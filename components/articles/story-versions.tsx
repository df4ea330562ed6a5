import { getTranslations } from "next-intl/server";
import type { StoryVersion } from "@/lib/articles/queries";
import { htmlLanguage, languageAttributes } from "@/lib/editions/attributes";
import { editionHref } from "@/lib/editions/href";

/**
 * "This story in other editions": a link to each published version, named as its edition names
 * itself ("Français", "العربية"), in its own language and direction (lang, dir, hreflang), so a
 * screen reader says it right and Latin and Arabic names each keep their order. Plain links: another
 * edition is another root layout, a full page load.
 */
export async function StoryVersions({ versions }: { versions: StoryVersion[] }) {
  if (versions.length === 0) return null;
  const t = await getTranslations("Article");
  return (
    <nav aria-label={t("otherEditions")} className="text-sm">
      <span className="text-muted">{t("otherEditions")}: </span>
      <ul className="inline">
        {versions.map((version, index) => (
          <li key={version.editionId} className="inline">
            {index > 0 && <span aria-hidden="true"> · </span>}
            <a
              href={editionHref(version, `/articles/${version.slug}`)}
              hrefLang={htmlLanguage(version.language)}
              {...languageAttributes(version)}
              className="font-semibold text-accent hover:underline"
            >
              {version.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
