// An article's live coverage with its messages: the page imports this module only when the article
// has live coverage (`await import` in app/(site)/articles/[slug]/page.tsx), so that the live updates'
// client code, and next-intl's client provider and formatter with it, are in that page's scripts and
// not in every article's (docs/decisions/056-the-article-page-without-a-message-formatter.md).
import { ClientMessages } from "@/components/i18n/client-messages";
import { LiveUpdates } from "@/components/live/live-updates";

export function LiveSection(props: React.ComponentProps<typeof LiveUpdates>) {
  return (
    <ClientMessages namespaces={["Live"]}>
      <LiveUpdates {...props} />
    </ClientMessages>
  );
}
