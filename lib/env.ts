// Environment variables, parsed once. Every variable is documented in the README's table.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/url";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/i.test(url), "DATABASE_URL must start with file: or postgresql://"),
  /** The port `next start` listens on (Next reads it too). */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The public address of the site, used for canonical links, feeds, sitemaps and share cards.
   * Unset, the address this process serves on (`http://localhost:$PORT`), so links work locally.
   */
  SITE_URL: z.url().optional(),
  SITE_NAME: z.string().min(1).default("Gazette"),
  SITE_DESCRIPTION: z.string().default("Independent reporting, analysis and opinion."),
  /** IANA time zone for dates shown to readers. */
  SITE_TIME_ZONE: z.string().default("UTC"),
  /** Folder for uploaded images (served at /uploads). */
  UPLOAD_DIR: z.string().default("./uploads"),
  UPLOAD_MAX_MB: z.coerce.number().positive().max(100).default(5),
  /** The largest image accepted, in megapixels (width × height), checked before it is decoded. */
  UPLOAD_MAX_MEGAPIXELS: z.coerce.number().positive().max(500).default(50),
  /**
   * Where media is kept: `local` (UPLOAD_DIR, the default) or `s3`, an S3-compatible bucket that every
   * instance of a fleet shares (S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_FORCE_PATH_STYLE; credentials from
   * the AWS SDK's own variables, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY). docs/decisions/038-media-storage.md.
   */
  MEDIA_STORAGE: z.preprocess((value) => (value === "" ? undefined : value), z.enum(["local", "s3"], "MEDIA_STORAGE must be local or s3").default("local")),
  S3_BUCKET: z.string().trim().optional().transform((value) => value || undefined),
  S3_REGION: z.string().trim().optional().transform((value) => value || undefined),
  /** For storage that is not AWS (MinIO, R2, s3rver): `http://127.0.0.1:9000`. */
  S3_ENDPOINT: z.preprocess((value) => (value === "" ? undefined : value), z.url("S3_ENDPOINT must be an address such as http://127.0.0.1:9000").optional()),
  /** `true` for servers that name the bucket in the path (MinIO, s3rver) rather than in the host. */
  S3_FORCE_PATH_STYLE: z.preprocess((value) => (value === "" ? undefined : value), z.enum(["true", "false"], "S3_FORCE_PATH_STYLE must be true or false").default("false")).transform((value) => value === "true"),
  /** Read by the AWS SDK itself; named here only so that half a key pair is refused at start. */
  AWS_ACCESS_KEY_ID: z.string().optional(),
  AWS_SECRET_ACCESS_KEY: z.string().optional(),
  /**
   * Where readers fetch media when a CDN or the bucket serves it (`https://media.example.com`): an
   * image's address is this followed by its key. Unset: Gazette serves it at /uploads/….
   */
  MEDIA_PUBLIC_URL: z.preprocess((value) => (value === "" ? undefined : value), z.url("MEDIA_PUBLIC_URL must be an address such as https://media.example.com").optional()).transform((value) => value?.replace(/\/+$/, "")),
  /** Articles per page on home, author, category and tag pages. */
  PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * How often an open live coverage page asks for new updates while its tab is visible, in
   * milliseconds (hidden tabs ask six times less often).
   */
  LIVE_POLL_MS: z.coerce.number().int().min(250).max(60_000).default(3_000),
  /**
   * Bearer token for POST /api/revalidate (expire cached reader pages after changing the database
   * outside the application: imports, scripts, tests). Unset: the endpoint does not exist.
   */
  REVALIDATE_SECRET: z.string().min(32, "REVALIDATE_SECRET must be at least 32 characters").optional(),
  /**
   * Redis shared by every instance of a fleet (`redis://host:6379`): the page and data cache and
   * their tag expirations (lib/cache/shared-cache.mjs). Unset: each process caches in its memory.
   */
  REDIS_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.url().refine((url) => /^rediss?:\/\//.test(url), "REDIS_URL must start with redis:// or rediss://").optional(),
  ),
  /**
   * Where mail goes: `smtp://user:pass@host:587` (STARTTLS when the server offers it) or
   * `smtps://…:465`. Unset, messages stay in the outbox and administrators read them at
   * /dashboard/outbox (docs/decisions/018-mail.md).
   */
  SMTP_URL: z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .refine((value) => value === undefined || /^smtps?:\/\/[^\s]+$/i.test(value), "SMTP_URL must look like smtp://user:pass@host:587"),
  /** The sender of every message: `Gazette <news@example.com>`. Unset: the site's name at no-reply@ its host. */
  MAIL_FROM: z.string().optional(),
  /** The postal address printed in every message's footer (newsletters should carry one). */
  SITE_POSTAL_ADDRESS: z.string().default(""),
  /** How often the mail worker looks for work, in milliseconds. */
  MAIL_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
  /** The first retry's delay after a failed delivery, in milliseconds; it doubles with each failure, up to an hour. */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(50).max(3_600_000).default(60_000),
  /** Delivered messages older than this many days, and spent single-use links, are deleted by the mail worker. */
  MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** `off` on an instance that should never deliver mail or build newsletters (another one does). */
  MAIL_WORKER: z.enum(["on", "off"]).default("on"),
  /**
   * How long a reader page Next.js has just answered is answered again from memory in front of it
   * (lib/http/page-memory.ts); 0: never, every request goes through Next.js. Always off in a fleet
   * (REDIS_URL) and outside production (`next dev`).
   */
  PAGE_MEMORY_SECONDS: z.coerce.number().int().min(0).max(60).default(1),
  /**
   * How long a cache in front of Gazette (nginx's page cache, a CDN) keeps a reader page without being
   * told it changed: docs/deploy/nginx.conf keeps them 1 s. An editor's unpublish or archive answers
   * only once every copy such a cache took before it has run out (lib/cache/front-cache.ts). 0: none.
   */
  FRONT_CACHE_SECONDS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * `off`: reader pages keep Next.js's scripts as Next.js writes them, run as soon as they arrive,
   * instead of after the first paint and when the reader needs them (lib/http/scripts-after-paint.ts,
   * decisions 028 and 064). The end-to-end suite runs the default, `on`.
   */
  SCRIPTS_AFTER_PAINT: z.enum(["on", "off"]).default("on"),
})
  .superRefine((value, context) => {
    if (value.MEDIA_STORAGE !== "s3") return;
    for (const name of ["S3_BUCKET", "S3_REGION"] as const) {
      if (!value[name]) context.addIssue({ code: "custom", path: [name], message: `MEDIA_STORAGE=s3 needs ${name} (${name === "S3_BUCKET" ? "the bucket's name" : "its region, such as eu-west-1; us-east-1 for most S3-compatible servers"})` });
    }
    if (!value.AWS_ACCESS_KEY_ID !== !value.AWS_SECRET_ACCESS_KEY) {
      const missing = value.AWS_ACCESS_KEY_ID ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID";
      context.addIssue({ code: "custom", path: [missing], message: `MEDIA_STORAGE=s3 has half a key pair: set ${missing} too (or neither, to use the SDK's profile or role)` });
    }
  })
  .transform((value) => ({ ...value, SITE_URL: value.SITE_URL ?? defaultSiteUrl(value.PORT) }));

export type Env = z.infer<typeof EnvSchema>;


/** The address a site started without SITE_URL serves on. */
export function defaultSiteUrl(port: number): string {
  return `http://localhost:${port}`;
}

/**
 * A warning when a production server (`next start`) would publish local addresses: every canonical
 * link, feed, sitemap and share card would point readers and search engines at this machine.
 */
export function localSiteUrlWarning(value: Pick<Env, "NODE_ENV" | "SITE_URL">): string | null {
  if (value.NODE_ENV !== "production") return null;
  const host = new URL(value.SITE_URL).hostname;
  if (!["localhost", "127.0.0.1", "[::1]", "0.0.0.0"].includes(host) && !host.endsWith(".localhost")) return null;
  return [
    `WARNING: this production server's public address (SITE_URL) is ${value.SITE_URL}.`,
    "Canonical links, feeds, sitemaps, robots.txt and share cards will point there, not at the public site.",
    "Set SITE_URL to the site's public address (https://news.example.com) unless this server is only for you.",
  ].join("\n");
}

/** The environment from `source` (process.env), with its defaults, or an error naming what is wrong. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = parseEnv();
