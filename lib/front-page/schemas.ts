// The front page's arrangement and the breaking-news banner: one schema each, shared by the desk's
// forms (field errors) and the actions, and by the reader query that reads a saved arrangement back.
import { z } from "zod";
import { RecordIdSchema, singleLine } from "@/lib/actions/schemas";
import { editionSettingKey } from "@/lib/editions/default-edition";
import { fromZonedInputValue } from "@/lib/format-core";

export const TOP_STORIES_MAX = 8;
export const BLOCKS_MAX = 12;
export const BLOCK_STORIES_MAX = 12;
/** How far ahead a story may be pinned or a banner set to expire: a year. */
const FURTHEST_MS = 366 * 24 * 3600 * 1000;

/** A block of a section's or a tag's latest stories. */
export const BlockSchema = z.object({
  kind: z.enum(["category", "tag"]),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,190}$/, "Choose a section or a tag."),
  count: z.coerce.number().int().min(1, "Show at least one story.").max(BLOCK_STORIES_MAX, `Show at most ${BLOCK_STORIES_MAX} stories.`),
  pictures: z.boolean().default(true),
});
export type Block = z.output<typeof BlockSchema>;

/** Top stories and blocks: bounded, no story twice, no block twice. */
function layoutOf<S extends z.ZodType<{ articleId: string }>>(slot: S) {
  return z
    .object({
      lead: slot.nullable().default(null),
      top: z.array(slot).max(TOP_STORIES_MAX, `At most ${TOP_STORIES_MAX} top stories.`).default([]),
      blocks: z.array(BlockSchema).max(BLOCKS_MAX, `At most ${BLOCKS_MAX} blocks.`).default([]),
    })
    .superRefine((layout, ctx) => {
      const seen = new Set<string>();
      for (const placed of [layout.lead, ...layout.top]) {
        if (!placed) continue;
        if (seen.has(placed.articleId)) ctx.addIssue({ code: "custom", path: ["top"], message: "A story can be in one slot only." });
        seen.add(placed.articleId);
      }
      const blocks = new Set<string>();
      for (const block of layout.blocks) {
        const key = `${block.kind}:${block.slug}`;
        if (blocks.has(key)) ctx.addIssue({ code: "custom", path: ["blocks"], message: "Each section or tag can have one block." });
        blocks.add(key);
      }
    });
}

/** A story in a slot as saved: until `until` (an instant), or until an editor moves it when null. */
export const SlotSchema = z.object({
  articleId: RecordIdSchema,
  until: z.iso.datetime({ offset: true }).nullable().default(null),
});
export type Slot = z.output<typeof SlotSchema>;

/** An arrangement as saved (and read back by the reader query). */
export const FrontPageLayoutSchema = layoutOf(SlotSchema);
export type FrontPageLayout = z.output<typeof FrontPageLayoutSchema>;

export const EMPTY_LAYOUT: FrontPageLayout = { lead: null, top: [], blocks: [] };

/** A pin's time or a banner's expiry as a datetime-local field sends it, on the site's clocks. */
export function zonedInstant(timeZone: string, now: () => number = Date.now) {
  return z
    .string()
    .trim()
    .max(40)
    .transform((value, ctx) => {
      if (!value) return null;
      const instant = fromZonedInputValue(value, timeZone);
      if (!instant) {
        ctx.addIssue({ code: "custom", message: "Enter a date and time, like 2026-12-06 18:00." });
        return z.NEVER;
      }
      if (instant.getTime() <= now()) {
        ctx.addIssue({ code: "custom", message: "Choose a time in the future." });
        return z.NEVER;
      }
      if (instant.getTime() > now() + FURTHEST_MS) {
        ctx.addIssue({ code: "custom", message: "Choose a time within a year." });
        return z.NEVER;
      }
      return instant;
    });
}

/**
 * "Save front page": the whole arrangement as the desk's script writes it into one field (JSON, at
 * most 32 KB), a pin's time as the editor typed it on the site's clocks ("" for no pin).
 */
export function frontPageFormSchema(timeZone: string, now: () => number = Date.now) {
  const FormSlot = z
    .object({ articleId: RecordIdSchema, until: zonedInstant(timeZone, now).optional().transform((value) => value ?? null) })
    .transform((slot): Slot => ({ articleId: slot.articleId, until: slot.until ? slot.until.toISOString() : null }));
  const layout = z
    .string()
    .max(32_000, "The arrangement is too large.")
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "This page is out of date. Reload it and try again." });
        return z.NEVER;
      }
    })
    .pipe(layoutOf(FormSlot));
  // The edition whose front page this is (the desk shows one at a time).
  return z.object({ layout, editionId: RecordIdSchema });
}

/** "Undo" in the history: the change to take back. */
export const UndoFormSchema = z.object({ versionId: RecordIdSchema });

export const BREAKING_TEXT_MAX = 200;

/** "Show banner": the words, an optional link and an optional time it comes down by itself, in one edition. */
export function breakingNewsFormSchema(timeZone: string, now: () => number = Date.now) {
  return z.object({
    editionId: RecordIdSchema,
    text: singleLine(
      z
        .string()
        .trim()
        .min(1, "Write the breaking news.")
        .max(BREAKING_TEXT_MAX, `Keep it under ${BREAKING_TEXT_MAX} characters.`),
    ),
    link: z
      .string()
      .trim()
      .max(2000, "Keep the link under 2,000 characters.")
      .refine((value) => value === "" || value.startsWith("/") || /^https?:\/\/[^\s]+$/i.test(value), "Give an address starting with https:// or /, or leave it empty.")
      .refine((value) => !value.startsWith("//"), "Give an address starting with https:// or /, or leave it empty.")
      .transform((value) => value || null),
    expiresAt: zonedInstant(timeZone, now).optional().transform((value) => value ?? null),
  });
}
export type BreakingNewsInput = z.output<ReturnType<typeof breakingNewsFormSchema>>;

/** "Take down": the edition whose banner comes down. */
export const TakeDownFormSchema = z.object({ editionId: RecordIdSchema });

/** Where an edition's banner is kept: `breaking-news`, or `breaking-news:<edition id>` (editionSettingKey). */
export function breakingNewsKey(editionId: string): string {
  return editionSettingKey("breaking-news", editionId);
}

/** A saved banner as the reader query reads it back. */
export const StoredBreakingNewsSchema = z.object({
  text: z.string().max(BREAKING_TEXT_MAX),
  link: z.string().max(2000).nullable(),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  postedAt: z.iso.datetime({ offset: true }),
});
export type StoredBreakingNews = z.output<typeof StoredBreakingNewsSchema>;

/** The story search in the desk. */
/** The desk's search: headline words, in the edition being arranged. */
export const StorySearchSchema = z.tuple([z.string().trim().max(200), RecordIdSchema]);
