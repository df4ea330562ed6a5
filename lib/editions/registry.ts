// The site's editions in memory, for what runs on every reader request (the proxy's routing rule,
// lib/editions/routing.ts) and cannot ask the database each time. A dozen rows at most, kept on
// globalThis (lib/process-shared.ts: the process loads this module more than once), loaded at first
// use and reloaded at most every RELOAD_MS; a write to the editions replaces the list at once in the
// process that wrote (lib/editions/mutations.ts), other processes of a fleet see it within RELOAD_MS.
// With the database down, the last list stands; before any list was read, the migration's default
// edition does. docs/decisions/047-editions.md
//
// No "server-only": the mutations (and their unit tests, and command-line scripts) use it too.
import { db } from "@/lib/db";
import { processShared } from "@/lib/process-shared";
import { MIGRATION_DEFAULT_EDITION } from "./default-edition";
import type { EditionDirection } from "./schemas";

export type RegisteredEdition = {
  id: string;
  language: string;
  name: string;
  path: string;
  direction: EditionDirection;
  /** Its tagline, "" for the site's (./description.ts). */
  description: string;
  isDefault: boolean;
  position: number;
};

export const RELOAD_MS = 5_000;

/** What routing assumes before the database has answered once. */
const BEFORE_ANY_READ: readonly RegisteredEdition[] = [MIGRATION_DEFAULT_EDITION];

type Registry = {
  list: readonly RegisteredEdition[] | null;
  /** When the list was last read, or a read last failed (so an outage is not asked on every request). */
  checkedAt: number;
  loading: Promise<readonly RegisteredEdition[]> | null;
  /** Bumped by every replacement, so a read begun before a write cannot put the older list back. */
  generation: number;
};

const registry = processShared<Registry>("editionRegistry", () => ({ list: null, checkedAt: 0, loading: null, generation: 0 }));

/** The order the dashboard lists editions in: the default first, then as readers see them. */
export const DESK_EDITION_ORDER = [{ isDefault: "desc" }, { position: "asc" }, { language: "asc" }] as const satisfies { [key: string]: "asc" | "desc" }[];

export const editionSelect = { id: true, language: true, name: true, path: true, direction: true, description: true, isDefault: true, position: true } as const;

function readEditions(): Promise<RegisteredEdition[]> {
  return db.edition.findMany({ select: editionSelect, orderBy: [{ position: "asc" }, { language: "asc" }] });
}

/**
 * The editions, at most RELOAD_MS old. Concurrent callers share one read; a failed read keeps the
 * last list (or the migration's default edition when none was ever read) and is retried after RELOAD_MS.
 */
export async function currentEditions(now: number = Date.now()): Promise<readonly RegisteredEdition[]> {
  if (registry.list && now - registry.checkedAt < RELOAD_MS) return registry.list;
  if (!registry.list && registry.checkedAt && now - registry.checkedAt < RELOAD_MS) return BEFORE_ANY_READ;
  if (registry.loading) return registry.loading;
  const generation = registry.generation;
  const loading = readEditions()
    .then((list) => {
      if (registry.generation !== generation) return registry.list ?? list;
      registry.list = list;
      return list;
    })
    .catch(() => registry.list ?? BEFORE_ANY_READ)
    .finally(() => {
      if (registry.generation === generation) registry.checkedAt = now;
      if (registry.loading === loading) registry.loading = null;
    });
  registry.loading = loading;
  return loading;
}

/** Read the editions now and replace the list (after a write to them, in the writing process). */
export async function reloadEditions(): Promise<readonly RegisteredEdition[]> {
  const generation = ++registry.generation;
  const list = await readEditions();
  // A later replacement wins over this one.
  if (registry.generation === generation) {
    registry.list = list;
    registry.checkedAt = Date.now();
  }
  return list;
}

/**
 * Whether an edition is served under this path, asked of the database (a write's check: a site page
 * cannot take it, from the dashboard or an import).
 */
export async function isEditionPath(path: string): Promise<boolean> {
  return (await db.edition.count({ where: { path } })) > 0;
}

/** The list as it stands, without reading (null before the first read). */
export function editionsInMemory(): readonly RegisteredEdition[] | null {
  return registry.list;
}

/** Forget the list (tests). */
export function forgetEditions(): void {
  registry.list = null;
  registry.checkedAt = 0;
  registry.loading = null;
  registry.generation++;
}
