import { ReaderLink } from "@/components/site/reader-link";
import { BylineLinks } from "@/components/articles/byline-links";
import { getTranslations } from "next-intl/server";
import { ReaderDateTime } from "@/components/ui/reader-date-time";
import { CardImage, CardThumbnail } from "@/components/media/card-image";
import { cardAuthors } from "@/lib/articles/bylines";
import type { FrontPage, FrontPageStory } from "@/lib/front-page/queries";

/**
 * Secondary stories: on a phone a row, a small picture beside the headline (CardThumbnail); from the
 * `sm:` breakpoint up a card, its picture full width above the headline. Only the lead's picture is
 * large on a phone, and only it is fetched first (docs/decisions/046-front-page-on-a-phone.md).
 */
const STORY_ROW = "flex min-w-0 items-start gap-4 sm:block";
const CARD_PICTURE_FROM_SM = "sm:mb-3 sm:w-full";

/** The arranged front page: the lead with its picture, the top stories, then a block per section or tag. */
export async function FrontPageView({ front }: { front: FrontPage }) {
  if (!front.lead) return null;
  const t = await getTranslations("FrontPage");
  return (
    <div className="space-y-10">
      <section aria-label={t("lead")} className="grid gap-6 border-b border-rule pb-8 lg:grid-cols-[3fr_2fr]">
        {front.lead.heroImageUrl && (
          <figure className="relative aspect-[16/9] overflow-hidden rounded bg-surface lg:order-2">
            <CardImage src={front.lead.heroImageUrl} alt={front.lead.heroImageAlt ?? ""} sizes="(min-width: 1024px) 28rem, 100vw" priority />
          </figure>
        )}
        <Story story={front.lead} size="lead" headingLevel={2} />
      </section>

      {front.top.length > 0 && (
        <section aria-labelledby="top-stories-heading">
          <h2 id="top-stories-heading" className="section-title">
            {t("top")}
          </h2>
          <ol aria-label={t("top")} className="mt-4 grid list-none gap-x-8 gap-y-6 sm:grid-cols-2 lg:grid-cols-4">
            {front.top.map((story, index) => (
              <li key={story.id} className={STORY_ROW}>
                {story.heroImageUrl && index < 4 && (
                  <CardThumbnail src={story.heroImageUrl} alt={story.heroImageAlt ?? ""} sizes="(min-width: 1024px) 16rem, (min-width: 640px) 50vw" wide={CARD_PICTURE_FROM_SM} />
                )}
                <Story story={story} size="top" headingLevel={3} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <FrontPageBlocks blocks={front.blocks} />
    </div>
  );
}

/** A block per section or tag: its name, linked, and its latest stories (with pictures if chosen). */
export function FrontPageBlocks({ blocks }: { blocks: FrontPage["blocks"] }) {
  return (
    <div className="space-y-10">
      {blocks.map((block) => (
        <section key={`${block.kind}:${block.slug}`} aria-labelledby={`block-${block.kind}-${block.slug}`} className="border-t-2 border-ink pt-3 not-last:below-the-fold">
          <h2 id={`block-${block.kind}-${block.slug}`} className="font-serif text-2xl font-bold">
            <ReaderLink href={block.href} className="hover:underline">
              {block.name}
            </ReaderLink>
          </h2>
          <ol aria-label={block.name} className="mt-4 grid list-none gap-x-8 gap-y-6 sm:grid-cols-2 lg:grid-cols-3">
            {block.stories.map((story) => (
              <li key={story.id} className={STORY_ROW}>
                {block.pictures && story.heroImageUrl && (
                  <CardThumbnail src={story.heroImageUrl} alt={story.heroImageAlt ?? ""} sizes="(min-width: 1024px) 22rem, (min-width: 640px) 50vw" wide={CARD_PICTURE_FROM_SM} />
                )}
                <Story story={story} size="block" headingLevel={3} hideSection />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

async function Story({ story, size, headingLevel, hideSection = false }: { story: FrontPageStory; size: "lead" | "top" | "block"; headingLevel: 2 | 3; hideSection?: boolean }) {
  const t = await getTranslations("Article");
  const Heading = `h${headingLevel}` as const;
  const headline = {
    lead: "font-serif text-3xl leading-tight font-bold sm:text-4xl",
    top: "font-serif text-lg leading-snug font-bold sm:text-xl",
    block: "font-serif text-lg leading-snug font-bold",
  }[size];
  return (
    <article className="min-w-0 flex-1">
      {story.category && !hideSection && (
        <p className="text-xs font-semibold tracking-wider text-accent uppercase">
          <ReaderLink href={`/category/${story.category.slug}`} className="inline-block py-1.5 hover:underline">
            {story.category.name}
          </ReaderLink>
        </p>
      )}
      <Heading className={headline}>
        <ReaderLink href={`/articles/${story.slug}`} className="hover:underline">
          {story.title}
        </ReaderLink>
      </Heading>
      {story.standfirst && size !== "block" && <p className={size === "lead" ? "mt-3 font-serif text-lg text-ink/85 sm:text-xl" : "mt-2 text-ink/80"}>{story.standfirst}</p>}
      <p className="mt-2 text-sm text-muted">
        {t.rich("byline", { names: () => <BylineLinks authors={cardAuthors(story)} className="font-medium text-ink hover:underline" /> })}
        {t("separator")}
        <ReaderDateTime value={story.publishedAt} />
      </p>
    </article>
  );
}
