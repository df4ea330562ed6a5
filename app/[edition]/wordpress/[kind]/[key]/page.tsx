// Old WordPress addresses (rewritten here by next.config.js): a permanent redirect to where the
// imported item lives now, or the usual 404 (lib/wordpress/old-addresses.ts).
import { notFound, permanentRedirect } from "next/navigation";
import { findOldAddressTarget } from "@/lib/wordpress/old-addresses";

type Props = { params: Promise<{ edition: string; kind: string; key: string }> };

export const dynamic = "force-dynamic";

export default async function OldWordPressAddress({ params }: Props) {
  // The edition the old address was asked under (/fr/2019/05/01/x, Polylang's prefix) chooses among
  // items that shared an address; the redirect goes to the item's own edition.
  const { edition, kind, key } = await params;
  const target = await findOldAddressTarget(kind, key, edition);
  if (!target) notFound();
  permanentRedirect(target);
}
