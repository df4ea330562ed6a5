// The edition the migration inserts (prisma/migrations/20261206221136_editions): today's site
// locale (SITE_LOCALE in lib/format-core.ts), served at /. Routing assumes it before the database
// has answered once (./registry.ts); a restore of a backup made before editions keeps it
// (lib/backup/restore.ts). docs/decisions/047-editions.md
export const MIGRATION_DEFAULT_EDITION = {
  id: "default-edition",
  language: "en-GB",
  name: "English",
  path: "en",
  direction: "LTR",
  description: "",
  isDefault: true,
  position: 0,
} as const;

/**
 * Where a setting of one edition is kept (its menus, its banner): `base` for the edition the migration
 * made (the key the setting had before editions, so what was saved stays), `base:<edition id>` for others.
 */
export function editionSettingKey(base: string, editionId: string): string {
  return editionId === MIGRATION_DEFAULT_EDITION.id ? base : `${base}:${editionId}`;
}
