// The reader pages a change to an article's replies changes: its thread (the replies' own cache
// entry) and its page, which counts the replies. One list for moderation (./moderation-mutations.ts)
// and the import (./import.ts). No "server-only": the command line imports replies.
import { cacheTags } from "@/lib/cache/tags";

export function threadTags(articles: Iterable<{ id: string; slug: string }>): string[] {
  return [...articles].flatMap(({ id, slug }) => [cacheTags.replies(id), cacheTags.article(slug)]);
}
