// The backup file format, version 1 (docs/decisions/024-backup-and-restore.md):
//
//   backup.tar.gz
//     manifest.json          format name and version, schema version, created at, per model: rows, bytes, SHA-256
//     data/<Model>.jsonl     one JSON object per line and row, every scalar field by name, in primary key order
//     uploads-index.jsonl    one line per uploaded file: path, bytes, SHA-256
//     uploads/…              the upload folder as it was
//
// Values are JSON as is, except DateTime (ISO 8601 in UTC, milliseconds), BigInt and Decimal (strings,
// so no digit is lost), Bytes (base64). Null is null. A reader of version 1 refuses any other version.
import { z } from "zod";
import type { BackupModel, ScalarField } from "./schema";

export const FORMAT_NAME = "gazette-backup";
export const FORMAT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";
export const UPLOADS_INDEX_FILE = "uploads-index.jsonl";
/** A manifest larger than this is not one of ours (a real one is a few kilobytes). */
export const MANIFEST_MAX_BYTES = 1024 * 1024;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  schema: z.object({
    /** The newest migration the source database had: a restore needs Gazette to know it. */
    migration: z.string(),
    /** SHA-256 of prisma/schema.prisma, for the record. */
    schemaSha256: Sha256,
  }),
  models: z.array(
    z.object({
      name: z.string(),
      file: z.string(),
      rows: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      sha256: Sha256,
      fields: z.array(z.string()),
    }),
  ),
  excluded: z.array(z.object({ name: z.string(), reason: z.string() })),
  uploads: z.object({
    index: z.string(),
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    sha256: Sha256,
  }),
});
export type Manifest = z.infer<typeof ManifestSchema>;
export type ModelEntry = Manifest["models"][number];

export class BackupFormatError extends Error {}

/** Parse manifest.json, or say in one sentence why this is not a backup this Gazette can read. */
export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupFormatError("manifest.json is not JSON: this is not a Gazette backup, or it is damaged.");
  }
  const head = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== FORMAT_NAME) {
    throw new BackupFormatError(`This is not a Gazette backup (manifest.json does not say format "${FORMAT_NAME}").`);
  }
  if (head.data.formatVersion !== FORMAT_VERSION) {
    throw new BackupFormatError(
      `This backup is in format version ${head.data.formatVersion}; this Gazette reads version ${FORMAT_VERSION}. ` +
        (head.data.formatVersion > FORMAT_VERSION ? "Restore it with the Gazette that made it, or a newer one." : "Restore it with an older Gazette first."),
    );
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupFormatError(`manifest.json is incomplete: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}.`);
  return parsed.data;
}

export function dataFileOf(model: string): string {
  return `data/${model}.jsonl`;
}

/** One field's value as written in a JSON line. */
export function encodeValue(field: ScalarField, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field.isList) return (value as unknown[]).map((item) => encodeValue({ ...field, isList: false }, item));
  switch (field.type) {
    case "DateTime":
      return (value as Date).toISOString();
    case "BigInt":
    case "Decimal":
      return String(value);
    case "Bytes":
      return Buffer.from(value as Uint8Array).toString("base64");
    default:
      return value;
  }
}

/** The value to give the Prisma client for a field read from a JSON line. */
export function decodeValue(field: ScalarField, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field.isList) return (value as unknown[]).map((item) => decodeValue({ ...field, isList: false }, item));
  switch (field.type) {
    case "DateTime": {
      const date = new Date(value as string);
      if (typeof value !== "string" || Number.isNaN(date.getTime())) throw new BackupFormatError(`${field.name}: "${String(value)}" is not a date.`);
      return date;
    }
    case "BigInt":
      return BigInt(value as string);
    case "Bytes":
      return Buffer.from(value as string, "base64");
    default:
      return value;
  }
}

const INT32 = 2 ** 31;

/** Why a field's value in a JSON line cannot be written to this schema's column, or null. */
export function valueProblem(field: ScalarField, value: unknown): string | null {
  if (value === null || value === undefined) return field.isRequired && !field.isList ? `${field.name} is required` : null;
  if (field.isList) {
    if (!Array.isArray(value)) return `${field.name} must be a list`;
    for (const item of value) {
      const problem = valueProblem({ ...field, isList: false, isRequired: true }, item);
      if (problem) return problem;
    }
    return null;
  }
  const shown = JSON.stringify(value).slice(0, 60);
  if (field.kind === "enum") {
    return typeof value === "string" && field.enumValues.includes(value) ? null : `${field.name} ${shown} is not one of ${field.enumValues.join(", ")}`;
  }
  switch (field.type) {
    case "String":
      return typeof value === "string" ? null : `${field.name} ${shown} is not text`;
    case "Boolean":
      return typeof value === "boolean" ? null : `${field.name} ${shown} is not true or false`;
    case "Int":
      return Number.isInteger(value) && Math.abs(value as number) < INT32 ? null : `${field.name} ${shown} is not a whole number`;
    case "Float":
      return typeof value === "number" && Number.isFinite(value) ? null : `${field.name} ${shown} is not a number`;
    case "BigInt":
      return typeof value === "string" && /^-?\d{1,19}$/.test(value) ? null : `${field.name} ${shown} is not a whole number`;
    case "Decimal":
      return typeof value === "string" && /^-?\d{1,40}(\.\d{1,40})?$/.test(value) ? null : `${field.name} ${shown} is not a decimal number`;
    case "DateTime":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value) && !Number.isNaN(new Date(value).getTime()) ? null : `${field.name} ${shown} is not a date (ISO 8601, UTC)`;
    case "Bytes":
      return typeof value === "string" && /^[A-Za-z0-9+/]*={0,2}$/.test(value) ? null : `${field.name} is not base64`;
    default:
      return null;
  }
}

/** Why a row read from a backup cannot be restored (its first bad field), or null. */
export function rowProblem(model: BackupModel, json: unknown): string | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return "the line is not a row";
  const row = json as Record<string, unknown>;
  for (const field of model.fields) {
    if (!(field.name in row)) continue;
    const problem = valueProblem(field, row[field.name]);
    if (problem) return problem;
  }
  return null;
}

/** A row as one JSON line (without the newline): every scalar field, in schema order. */
export function encodeRow(model: BackupModel, row: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const field of model.fields) out[field.name] = encodeValue(field, row[field.name]);
  return JSON.stringify(out);
}

/**
 * A JSON line back into the data for `createMany`. Fields the backup has that the schema no longer
 * has were refused before anything was written (checkCompatible); fields it lacks get their defaults.
 */
export function decodeRow(model: BackupModel, line: string): Record<string, unknown> {
  const json = JSON.parse(line) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of model.fields) {
    if (field.name in json) out[field.name] = decodeValue(field, json[field.name]);
  }
  return out;
}

/**
 * Why this Gazette cannot restore the backup's data (a model or field it does not have, a
 * migration it does not know), or null when it can.
 */
export function incompatibility(manifest: Manifest, models: BackupModel[], migrations: string[]): string | null {
  if (!migrations.includes(manifest.schema.migration)) {
    const newest = migrations.at(-1) ?? "none";
    return manifest.schema.migration > newest
      ? `This backup was made by a newer Gazette (schema ${manifest.schema.migration}; this one knows up to ${newest}). Update Gazette first, then restore.`
      : `This backup's schema (${manifest.schema.migration}) is not one of this Gazette's migrations.`;
  }
  const byName = new Map(models.map((model) => [model.name, model]));
  for (const entry of manifest.models) {
    const model = byName.get(entry.name);
    if (!model) return `This backup has a table ${entry.name} that this Gazette does not have.`;
    const missing = entry.fields.find((name) => !model.fields.some((field) => field.name === name));
    if (missing) return `This backup's ${entry.name} has a field ${missing} that this Gazette does not have.`;
  }
  return null;
}
