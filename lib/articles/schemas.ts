// One schema for the article editor, shared by the form (field errors) and the action.
import { z } from "zod";
import { RecordIdSchema, hasLineBreaks, singleLine } from "@/lib/actions/schemas";
import { BODY_LIMITS, parseBodyJson } from "@/lib/content/document";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/content/slug";
import { UNSTORABLE_MESSAGE, hasUnstorableCharacters } from "@/lib/content/storable-text";
import { MAX_BYLINES } from "@/lib/articles/bylines";

export const ARTICLE_INTENTS = ["save", "submit", "publish", "schedule", "update", "unpublish", "archive"] as const;
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || null)
  .nullable()
  .optional()
  .transform((value) => value ?? null)
  .refine((value) => value === null || value.length <= ARTICLE_FIELD_MAX.sourceUrl, "That address is too long.")
  .refine((value) => value === null || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), "Enter a full web address starting with https://.");

/** Author profiles' ids in order, comma-separated, each once (bylines, translators). */
const authorIds = (tooMany: string) =>
  z
    .string()
    .max(MAX_BYLINES * 65, tooMany)
    .default("")
    .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose authors from the list.")).max(MAX_BYLINES, tooMany));

export const TAG_NAME_MAX_LENGTH = 50;
export const MAX_TAGS = 20;

/** The longest each editor field may be, shared by saving and by autosave. */
export const ARTICLE_FIELD_MAX = {
  title: 200,
  slug: SLUG_MAX_LENGTH,
  standfirst: 400,
  /** The body document as JSON (lib/content/document.ts checks it further). */
  body: BODY_LIMITS.jsonLength,
  sourceName: 200,
  sourceUrl: 2_000,
  categoryId: 100,
  editionId: 64,
  tags: MAX_TAGS * (TAG_NAME_MAX_LENGTH + 2),
  bylines: MAX_BYLINES * 65,
  translators: MAX_BYLINES * 65,
  heroImageAlt: 300,
  heroMediaId: 64,
  removeHeroImage: 5,
  repliesOpen: 5,
  seoTitle: 70,
  seoDescription: 200,
  publishAt: 40,
  editorNote: 2_000,
} as const;

export const ArticleInputSchema = z
  .object({
    intent: z.enum(ARTICLE_INTENTS).default("save"),
    version: z.coerce.number().int().min(0).default(0),
    title: singleLine(
      z.string().trim().min(1, "Enter a title.").max(ARTICLE_FIELD_MAX.title, `Keep the title under ${ARTICLE_FIELD_MAX.title} characters.`),
      "Keep the title on one line: remove the line breaks and tabs.",
    ),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(SLUG_MAX_LENGTH, `Keep the slug under ${SLUG_MAX_LENGTH} characters.`)
      .refine((value) => value === "" || SLUG_PATTERN.test(value), "Use lower-case letters, numbers and single hyphens, like budget-vote-passes.")
      .default(""),
    // A paragraph, not a line (like a caption): its line breaks are kept as typed.
    standfirst: z.string().trim().max(ARTICLE_FIELD_MAX.standfirst, `Keep the standfirst under ${ARTICLE_FIELD_MAX.standfirst} characters.`).default(""),
    /** The editor's body document as JSON: checked against the allowed blocks, stored as what the check returns. */
    body: z
      .string()
      .default("")
      .transform((json, ctx) => {
        const checked = parseBodyJson(json);
        if (checked.ok) return checked.document;
        ctx.addIssue({ code: "custom", message: checked.message });
        return z.NEVER;
      }),
    sourceName: singleLine(optionalText(ARTICLE_FIELD_MAX.sourceName, `Keep the source name under ${ARTICLE_FIELD_MAX.sourceName} characters.`)),
    sourceUrl: optionalUrl,
    categoryId: optionalText(ARTICLE_FIELD_MAX.categoryId, "Choose a category."),
    /** A new article's edition (none: the default edition's); an article never changes edition. */
    editionId: optionalText(ARTICLE_FIELD_MAX.editionId, "Choose an edition from the list."),
    tags: z
      .string()
      .max(ARTICLE_FIELD_MAX.tags, `Use at most ${MAX_TAGS} tags.`)
      .default("")
      .transform((value) => [...new Set(value.split(",").map((tag) => tag.trim()).filter(Boolean))])
      .refine((tags) => tags.length <= MAX_TAGS, `Use at most ${MAX_TAGS} tags.`)
      .refine((tags) => tags.every((tag) => tag.length <= TAG_NAME_MAX_LENGTH), `Keep each tag under ${TAG_NAME_MAX_LENGTH} characters.`)
      .refine((tags) => !tags.some(hasUnstorableCharacters), "Remove the invisible control characters or broken symbols from the tags.")
      .refine((tags) => !tags.some(hasLineBreaks), "Keep each tag on one line: remove the line breaks and tabs."),
    /** Author ids in byline order, comma-separated; empty keeps the bylines an article has. */
    bylines: authorIds(`Use at most ${MAX_BYLINES} bylines.`),
    /** Translators' author ids in order, comma-separated; empty: none (editors only, like bylines). */
    translators: authorIds(`Credit at most ${MAX_BYLINES} translators.`),
    heroImageAlt: singleLine(optionalText(ARTICLE_FIELD_MAX.heroImageAlt, `Keep the alt text under ${ARTICLE_FIELD_MAX.heroImageAlt} characters.`)),
    /** An image of the media library chosen as the hero image (an upload wins over it). */
    heroMediaId: z
      .string()
      .trim()
      .max(ARTICLE_FIELD_MAX.heroMediaId)
      .default("")
      .transform((value) => value || null)
      .pipe(RecordIdSchema.nullable()),
    removeHeroImage: z.preprocess((value) => value === "on" || value === "true", z.boolean()).default(false),
    repliesOpen: z.preprocess((value) => value === "on" || value === "true", z.boolean()).default(false),
    seoTitle: singleLine(optionalText(ARTICLE_FIELD_MAX.seoTitle, `Search engines show about 60 characters; keep it under ${ARTICLE_FIELD_MAX.seoTitle}.`)),
    seoDescription: singleLine(optionalText(ARTICLE_FIELD_MAX.seoDescription, `Keep the description under ${ARTICLE_FIELD_MAX.seoDescription} characters.`)),
    /** The editor's note to the author, emailed with Publish, Schedule or Send back (not stored on the article). */
    editorNote: optionalText(ARTICLE_FIELD_MAX.editorNote, `Keep the note under ${ARTICLE_FIELD_MAX.editorNote.toLocaleString("en-GB")} characters.`),
    /** The publish time as an ISO instant (the browser converts its local time). */
    publishAt: z
      .string()
      .trim()
      .transform((value) => (value ? new Date(value) : null))
      .refine((value) => value === null || !Number.isNaN(value.getTime()), "Enter a valid date and time.")
      .nullable()
      .optional()
      .transform((value) => value ?? null),
  })
  .superRefine((input, ctx) => {
    // PostgreSQL refuses NUL bytes and UTF-8 cannot carry lone surrogates: say so at the field.
    for (const [field, value] of Object.entries(input)) {
      if (typeof value === "string" && hasUnstorableCharacters(value)) {
        ctx.addIssue({ code: "custom", path: [field], message: UNSTORABLE_MESSAGE });
      }
    }
    if (input.sourceUrl && !input.sourceName) {
      ctx.addIssue({ code: "custom", path: ["sourceName"], message: "Give the source a name, like www.france24.com." });
    }
    if (input.intent === "schedule") {
      if (!input.publishAt) ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Choose when to publish." });
      else if (input.publishAt.getTime() <= Date.now()) {
        ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Choose a time in the future, or publish now." });
      }
    }
  });

export type ArticleInput = z.output<typeof ArticleInputSchema>;

/** Autosave also keeps the publish time as the browser shows it. */
const AUTOSAVE_FIELD_MAX: Record<string, number> = { ...ARTICLE_FIELD_MAX, publishAtLocal: 40 };

/** The editor's unsaved fields, kept by autosave: the form's own fields, within the limits of saving. */
export const AutosaveFieldsSchema = z
  .record(z.string(), z.string())
  .superRefine((fields, ctx) => {
    for (const [name, value] of Object.entries(fields)) {
      const max = Object.hasOwn(AUTOSAVE_FIELD_MAX, name) ? AUTOSAVE_FIELD_MAX[name] : undefined;
      if (max === undefined) ctx.addIssue({ code: "custom", message: "Unknown field." });
      else if (value.length > max) ctx.addIssue({ code: "custom", message: "A field is longer than an article allows, so it cannot be kept." });
    }
  });

/** "Delete article": the box that says the editor means it (works without JavaScript). */
export const DeleteArticleSchema = z.object({
  confirm: z.literal("on", { message: "Tick the box to confirm: the article, its replies, revisions and corrections are deleted for good." }),
});

/** "Add translation": the edition the new version is for (docs/decisions/055-translations.md). */
export const AddTranslationSchema = z.object({
  editionId: z
    .string({ message: "Choose the edition to translate into." })
    .trim()
    .min(1, "Choose the edition to translate into.")
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "That edition does not exist. Reload the page and choose another."),
});
export type AddTranslationInput = z.output<typeof AddTranslationSchema>;
