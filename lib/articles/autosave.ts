// An editor's unsaved fields are kept per user and article ("new" for an article not yet created).
export function autosaveKey(userId: string, articleId: string | null): string {
  return `${userId}:${articleId ?? "new"}`;
}
