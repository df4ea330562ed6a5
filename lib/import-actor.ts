// Who an import writes as, for the audit log: the administrator who started it from the dashboard,
// or nobody when it runs from the command line (docs/decisions/045-imports-through-the-domains.md).
// Shared by each domain's import entry (lib/articles/import.ts, lib/taxonomy/import.ts,
// lib/replies/import.ts, lib/live/import.ts) so that their audit events read alike.

export type ImportActor = { id: string } | null;

/** The audit event's detail: what was written, from where, and "(command line)" when nobody ran it. */
export function importAuditDetail(what: string, source: string, actor: ImportActor): string {
  return `${what} from ${source}${actor ? "" : " (command line)"}`.slice(0, 500);
}
