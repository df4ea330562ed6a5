// One schema per media form, shared by the forms (field errors) and the actions.
import { z } from "zod";
import { RecordIdSchema, singleLine } from "@/lib/actions/schemas";
import { storable } from "@/lib/content/storable-text";

export const MEDIA_FIELD_MAX = { alt: 300, caption: 1_000, credit: 200, query: 200, filename: 200 } as const;

/** The file name as the person knows it, without folders or characters a database refuses. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001F\u007F-\u009F]/g, "").replace(/[\uD800-\uDFFF]/g, "").trim();
  return (base || "image").slice(0, MEDIA_FIELD_MAX.filename);
}

const text = (max: number, what: string) =>
  storable(z.string().trim().max(max, `Keep the ${what} under ${max.toLocaleString("en-GB")} characters.`)).default("");
/** Alt text and credits are one line; a caption may run over several. */
const line = (max: number, what: string) =>
  singleLine(z.string().trim().max(max, `Keep the ${what} under ${max.toLocaleString("en-GB")} characters.`), `Keep the ${what} on one line.`).default("");

export const MediaFieldsSchema = z.object({
  alt: line(MEDIA_FIELD_MAX.alt, "alt text"),
  caption: text(MEDIA_FIELD_MAX.caption, "caption"),
  credit: line(MEDIA_FIELD_MAX.credit, "credit"),
});
export type MediaFields = z.output<typeof MediaFieldsSchema>;

/** An upload needs its alt text: every use of the image starts from it. */
export const MediaUploadSchema = MediaFieldsSchema.extend({
  alt: singleLine(
    z.string().trim().min(1, "Describe the image for people who cannot see it.").max(MEDIA_FIELD_MAX.alt, `Keep the alt text under ${MEDIA_FIELD_MAX.alt} characters.`),
    "Keep the alt text on one line.",
  ),
});

/** A focal point coordinate: percent from the left or from the top; left empty, the centre. */
const focal = (what: string) =>
  z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? 50 : typeof value === "string" ? Number(value.trim().replace(/%$/, "")) : value),
    z.number(`Give the focal point's distance from the ${what} as a number from 0 to 100.`).min(0, `The focal point's distance from the ${what} is 0 to 100 %.`).max(100, `The focal point's distance from the ${what} is 0 to 100 %.`),
  );

export const MediaUpdateSchema = MediaFieldsSchema.extend({ id: RecordIdSchema, focalX: focal("left"), focalY: focal("top") });
export const MediaDeleteSchema = z.object({ id: RecordIdSchema });

/** What the library is searched for: words in the file name, alt text, caption or credit. */
export const MediaQuerySchema = storable(z.string().max(MEDIA_FIELD_MAX.query)).transform((value) => value.trim());
