// Environment variables, parsed once. Every variable is documented in the README's table.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/url";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/i.test(url), "DATABASE_URL must start with file: or postgresql://"),
  /** The public address of the site, used for canonical links and feeds. */
  SITE_URL: z.url().default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("Gazette"),
  SITE_DESCRIPTION: z.string().default("Independent reporting, analysis and opinion."),
  /** IANA time zone for dates shown to readers. */
  SITE_TIME_ZONE: z.string().default("UTC"),
  /** Folder for uploaded images (served at /uploads). */
  UPLOAD_DIR: z.string().default("./uploads"),
  UPLOAD_MAX_MB: z.coerce.number().positive().max(100).default(5),
  /** Articles per page on home, author, category and tag pages. */
  PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Bearer token for POST /api/revalidate (expire cached reader pages after changing the database
   * outside the application: imports, scripts, tests). Unset: the endpoint does not exist.
   */
  REVALIDATE_SECRET: z.string().min(32, "REVALIDATE_SECRET must be at least 32 characters").optional(),
  /**
   * The other Gazette processes serving this site (comma-separated base URLs): each write's cache
   * tags are sent to them, so their cached pages change too. Needs the same REVALIDATE_SECRET on all.
   */
  CACHE_PEERS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(z.url())),
});

export type Env = z.infer<typeof EnvSchema>;

const RequiresSecret = EnvSchema.refine((value) => value.CACHE_PEERS.length === 0 || value.REVALIDATE_SECRET, {
  message: "CACHE_PEERS needs REVALIDATE_SECRET (the same on every instance)",
  path: ["REVALIDATE_SECRET"],
});

function parseEnv(): Env {
  const parsed = RequiresSecret.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = parseEnv();
