// Argument schemas shared by many actions.
import { z } from "zod";

/** A record's id as the database makes them (cuid): anything else is refused before a query. */
export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown record.");

/** The article an editor form is bound to, or null for a new one. */
export const ArticleIdOrNewSchema = RecordIdSchema.nullable();
