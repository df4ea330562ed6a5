// The few Prisma client calls the backup makes on any model, by the model's name.
import type { BackupModel } from "./schema";

type Row = Record<string, unknown>;

export type ModelDelegate = {
  findMany(args: { where?: object; orderBy?: object[]; take?: number; select?: Record<string, true> }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  update(args: { where: object; data: Row }): Promise<unknown>;
  deleteMany(args?: object): Promise<{ count: number }>;
  count(args?: { where?: object }): Promise<number>;
};

/** Any Prisma client or transaction client: the same properties, one per model. */
export type AnyClient = object;

export function delegateOf(client: AnyClient, model: BackupModel): ModelDelegate {
  const delegate = (client as Record<string, ModelDelegate | undefined>)[model.delegate];
  if (!delegate) throw new Error(`The Prisma client has no model ${model.name}: regenerate it (npm install).`);
  return delegate;
}

/** The where clause of the rows after `last` in primary key order (keyset paging, any key width). */
export function afterKey(primaryKey: string[], last: Row): object {
  const alternatives = primaryKey.map((field, index) => {
    const clause: Row = {};
    for (const earlier of primaryKey.slice(0, index)) clause[earlier] = last[earlier];
    clause[field] = { gt: last[field] };
    return clause;
  });
  return alternatives.length === 1 ? alternatives[0]! : { OR: alternatives };
}

/** The unique where clause of one row by its primary key. */
export function whereKey(primaryKey: string[], row: Row): object {
  if (primaryKey.length === 1) return { [primaryKey[0]!]: row[primaryKey[0]!] };
  const values: Row = {};
  for (const field of primaryKey) values[field] = row[field];
  return { [primaryKey.join("_")]: values };
}
