// What the editor says after a save, in one place: the action's answer and the notice on the edit
// page a new article is redirected to (?created=<intent>) use the same words.
import { formatDateTime } from "@/lib/format";
import { ARTICLE_INTENTS, type ArticleIntent } from "./schemas";

const SAVED: Record<ArticleIntent, (publishAt: string) => string> = {
  save: () => "Draft saved.",
  submit: () => "Submitted for review. An editor will publish it.",
  publish: () => "Published. It is live on the site now.",
  schedule: (at) => `Scheduled. It will go live on ${at}.`,
  update: () => "Updated. Readers see the new version now.",
  unpublish: () => "Unpublished. It is a draft again and readers no longer see it.",
  archive: () => "Archived. Readers no longer see it; it stays under Archived in the article list.",
};

/** The notice for a save with this intent; `intent` may come from an address, so anything else is "Saved.". */
export function savedMessage(intent: string, publishAt: Date | null, previousStatus?: string | null): string {
  if (!(ARTICLE_INTENTS as readonly string[]).includes(intent)) return "Saved.";
  if (intent === "unpublish" && previousStatus === "IN_REVIEW") return "Sent back to the author as a draft.";
  return SAVED[intent as ArticleIntent](publishAt ? formatDateTime(publishAt) : "");
}
