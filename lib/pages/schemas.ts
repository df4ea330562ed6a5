// A page of the site's own (About, Contact, Corrections policy, Terms): one schema for the form and
// the action.
import { z } from "zod";
import { RecordIdSchema, singleLine } from "@/lib/actions/schemas";
import { parseBodyJson } from "@/lib/content/document";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/content/slug";

/**
 * First path segments the site already answers: a page there would never be seen. Kept in step with
 * app/ (the top-level folders and routes) and next.config.js's rewrites.
 */
export const RESERVED_PAGE_SLUGS = new Set([
  "api", "articles", "atom.xml", "author", "authors", "category", "corrections", "dashboard", "email", "feed", "feed.json", "feed.xml",
  "latest", "login", "news-sitemap.xml", "newsletter", "og.png", "robots.txt", "search", "sitemap.xml", "sitemap-articles", "sitemap-pages.xml",
  "tag", "uploads", "wordpress", "_next", "favicon.ico", "icon.png", "logo.png", "avatars",
]);

/**
 * An edition's path (/fr) is not a page's either. Editions are rows, so saveSitePage checks this
 * against the database beside its "another page has this address" (a zod schema runs without it).
 */
export const EDITION_PATH_TAKEN_MESSAGE = "This address is an edition of the site: choose another.";

export const PAGE_TITLE_MAX = 120;
export const PAGE_BODY_JSON_MAX = 400_000;

export const PageSlugSchema = z
  .string()
  .trim()
  .min(1, "Give the page an address, like about.")
  .max(SLUG_MAX_LENGTH, `Keep the address under ${SLUG_MAX_LENGTH} characters.`)
  .regex(SLUG_PATTERN, "Use lower-case letters, numbers and single hyphens, like corrections-policy.")
  .refine((slug) => !RESERVED_PAGE_SLUGS.has(slug), "This address belongs to another part of the site: choose another.");

export const PageFormSchema = z.object({
  title: singleLine(z.string().trim().min(1, "Give the page a title.").max(PAGE_TITLE_MAX, `Keep the title under ${PAGE_TITLE_MAX} characters.`)),
  slug: PageSlugSchema,
  body: z
    .string()
    .max(PAGE_BODY_JSON_MAX, "The page is too long.")
    .default("")
    .transform((json, ctx) => {
      if (!json.trim()) return { type: "doc" as const, content: [] };
      const checked = parseBodyJson(json);
      if (checked.ok) return checked.document;
      ctx.addIssue({ code: "custom", message: checked.message });
      return z.NEVER;
    }),
  published: z.preprocess((value) => value === "on" || value === "true", z.boolean()).default(false),
  /** A new page's edition (none: the default edition's); a page never changes edition. */
  editionId: z
    .string()
    .max(64)
    .optional()
    .transform((value) => value || null),
});
export type PageInput = z.output<typeof PageFormSchema>;

/** The page a form edits, or null for a new one (bound to the action). */
export const PageIdOrNewSchema = z.tuple([RecordIdSchema.nullable()]);
