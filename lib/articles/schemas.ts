// One schema for the article editor, shared by the form (field errors) and the action.
import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/content/slug";

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
  .refine((value) => value === null || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), "Enter a full web address starting with https://.");

export const TAG_NAME_MAX_LENGTH = 50;
export const MAX_TAGS = 20;

export const ArticleInputSchema = z
  .object({
    intent: z.enum(ARTICLE_INTENTS).default("save"),
    version: z.coerce.number().int().min(0).default(0),
    title: z.string().trim().min(1, "Enter a title.").max(200, "Keep the title under 200 characters."),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(SLUG_MAX_LENGTH, `Keep the slug under ${SLUG_MAX_LENGTH} characters.`)
      .refine((value) => value === "" || SLUG_PATTERN.test(value), "Use lower-case letters, numbers and single hyphens, like budget-vote-passes.")
      .default(""),
    standfirst: z.string().trim().max(400, "Keep the standfirst under 400 characters.").default(""),
    body: z.string().max(100_000, "The body is too long (100,000 characters at most).").default(""),
    sourceName: optionalText(200, "Keep the source name under 200 characters."),
    sourceUrl: optionalUrl,
    categoryId: optionalText(100, "Choose a category."),
    tags: z
      .string()
      .default("")
      .transform((value) => [...new Set(value.split(",").map((tag) => tag.trim()).filter(Boolean))])
      .refine((tags) => tags.length <= MAX_TAGS, `Use at most ${MAX_TAGS} tags.`)
      .refine((tags) => tags.every((tag) => tag.length <= TAG_NAME_MAX_LENGTH), `Keep each tag under ${TAG_NAME_MAX_LENGTH} characters.`),
    authorId: optionalText(100, "Choose an author."),
    heroImageAlt: optionalText(300, "Keep the alt text under 300 characters."),
    removeHeroImage: z.preprocess((value) => value === "on" || value === "true", z.boolean()).default(false),
    repliesOpen: z.preprocess((value) => value === "on" || value === "true", z.boolean()).default(false),
    seoTitle: optionalText(70, "Search engines show about 60 characters; keep it under 70."),
    seoDescription: optionalText(200, "Keep the description under 200 characters."),
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

/** The editor's unsaved fields, kept by autosave: the form's own field names, bounded in number and size. */
export const AutosaveFieldsSchema = z
  .record(z.string().regex(/^[a-zA-Z]{1,40}$/, "Unknown field."), z.string().max(110_000, "A field is too long to keep."))
  .refine((fields) => Object.keys(fields).length <= 40, "Too many fields.");
