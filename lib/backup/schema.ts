// What a backup holds, read from prisma/schema.prisma itself (through Prisma's own schema parser), so a
// model added later is in the next backup without anyone remembering to list it: every model is
// exported unless EXCLUDED_MODELS names it with a reason (lib/backup/schema.test.ts fails otherwise).
// docs/decisions/024-backup-and-restore.md
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "..", "..", "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "..", "..", "prisma", "migrations");

/**
 * Models left out of every backup, and why. A restored site starts with none of these rows.
 * Anything else in the schema is exported.
 */
export const EXCLUDED_MODELS: Record<string, string> = {
  UserSession:
    "Signed-in browsers. A session is only valid with the old site's AUTH_SECRET and a cookie in someone's browser; carrying live session ids in a file would let whoever holds it plus the secret act as staff. Everyone signs in again after a restore.",
  RateLimit: "Counters of sign-in throttling and reply limits: they expire within hours and mean nothing on another server.",
};

export type ScalarField = {
  name: string;
  /** Prisma's scalar type (String, Int, DateTime, Boolean, BigInt, Bytes, Decimal, Float, Json) or the enum's name. */
  type: string;
  kind: "scalar" | "enum";
  isRequired: boolean;
  isList: boolean;
  /** @updatedAt: Prisma writes the time of any update unless given the value (restore gives it). */
  isUpdatedAt: boolean;
  /** @default(autoincrement()): a restore would have to move PostgreSQL's sequence past the ids it wrote. */
  isAutoincrement: boolean;
  /** An enum's values, as the schema lists them (empty for other fields). */
  enumValues: string[];
};

export type ForeignKey = {
  /** The model the key points at. */
  target: string;
  fields: string[];
  /** Every field of the key may be null: the row can be written first and pointed later. */
  nullable: boolean;
};

export type BackupModel = {
  name: string;
  /** The client's property for it: `db.articleTag` for ArticleTag. */
  delegate: string;
  fields: ScalarField[];
  /** Primary key fields, in order (@id or @@id). */
  primaryKey: string[];
  foreignKeys: ForeignKey[];
};

type DmmfField = {
  name: string;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isRequired: boolean;
  isList: boolean;
  isId: boolean;
  isUpdatedAt?: boolean;
  default?: { name?: string } | unknown;
  relationFromFields?: string[];
};
type DmmfModel = { name: string; fields: DmmfField[]; primaryKey: { fields: string[] } | null };

/** The models of a Prisma schema, as the backup sees them. */
export function modelsOfSchema(schema: string): BackupModel[] {
  const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as {
    datamodel: { models: DmmfModel[]; enums?: { name: string; values: { name: string }[] }[] };
  };
  const enums = new Map((dmmf.datamodel.enums ?? []).map((entry) => [entry.name, entry.values.map((value) => value.name)]));
  return dmmf.datamodel.models.map((model) => {
    const fields: ScalarField[] = model.fields
      .filter((field) => field.kind === "scalar" || field.kind === "enum")
      .map((field) => ({
        name: field.name,
        type: field.type,
        kind: field.kind as "scalar" | "enum",
        isRequired: field.isRequired,
        isList: field.isList,
        isUpdatedAt: field.isUpdatedAt === true,
        isAutoincrement: (field.default as { name?: string } | undefined)?.name === "autoincrement",
        enumValues: field.kind === "enum" ? (enums.get(field.type) ?? []) : [],
      }));
    const unsupported = model.fields.find((field) => field.kind === "unsupported");
    if (unsupported) throw new Error(`Model ${model.name}: field ${unsupported.name} has an Unsupported type, which a backup cannot carry.`);
    const primaryKey = model.primaryKey?.fields ?? model.fields.filter((field) => field.isId).map((field) => field.name);
    const foreignKeys: ForeignKey[] = model.fields
      .filter((field) => field.kind === "object" && field.relationFromFields && field.relationFromFields.length > 0)
      .map((field) => ({
        target: field.type,
        fields: field.relationFromFields!,
        nullable: field.relationFromFields!.every((name) => !fields.find((f) => f.name === name)?.isRequired),
      }));
    return { name: model.name, delegate: model.name[0]!.toLowerCase() + model.name.slice(1), fields, primaryKey, foreignKeys };
  });
}

let cached: BackupModel[] | null = null;

/** Every model of Gazette's schema. */
export function allModels(): BackupModel[] {
  return (cached ??= modelsOfSchema(readFileSync(SCHEMA_PATH, "utf8")));
}

/** The models a backup carries, in the order they can be inserted. */
export function exportedModels(models: BackupModel[] = allModels()): BackupModel[] {
  return insertionOrder(models.filter((model) => !(model.name in EXCLUDED_MODELS)));
}

/**
 * Models ordered so that every foreign key points at a model that comes earlier. A key to the
 * model itself (Reply.parentId) is left for a second pass (see deferredFields); a cycle between
 * two models has no order and is refused (none exists; the unit test would say so the day one does).
 */
export function insertionOrder(models: BackupModel[]): BackupModel[] {
  const byName = new Map(models.map((model) => [model.name, model]));
  const ordered: BackupModel[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (model: BackupModel, trail: string[]) => {
    if (state.get(model.name) === "done") return;
    if (state.get(model.name) === "visiting") throw new Error(`The schema has a cycle of foreign keys (${[...trail, model.name].join(" → ")}): a backup cannot order it.`);
    state.set(model.name, "visiting");
    for (const key of model.foreignKeys) {
      if (key.target === model.name) continue;
      const target = byName.get(key.target);
      // A key to an excluded model (none today) would fail on restore: say so now.
      if (!target) throw new Error(`${model.name} points at ${key.target}, which the backup leaves out.`);
      visit(target, [...trail, model.name]);
    }
    state.set(model.name, "done");
    ordered.push(model);
  };
  // Schema order among equals, so the order is stable and reads like the schema.
  for (const model of models) visit(model, []);
  return ordered;
}

/** Fields of keys to the model itself: written null first, then set once every row exists. */
export function deferredFields(model: BackupModel): string[] {
  const own = model.foreignKeys.filter((key) => key.target === model.name);
  const required = own.find((key) => !key.nullable);
  if (required) throw new Error(`${model.name}.${required.fields.join(",")} points at ${model.name} and may not be null: a backup cannot order its rows.`);
  return own.flatMap((key) => key.fields);
}

/** Names of the committed migrations, oldest first (what a backup's schema version is checked against). */
export function migrationNames(dir: string = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort();
}
