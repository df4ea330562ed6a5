// Old WordPress addresses (rewritten here by next.config.js): a permanent redirect to where the
// imported item lives now, or the usual 404 (lib/wordpress/old-addresses.ts).
import { notFound, permanentRedirect } from "next/navigation";
import { findOldAddressTarget } from "@/lib/wordpress/old-addresses";

type Props = { params: Promise<{ kind: string; key: string }> };

export const dynamic = "force-dynamic";

export default async function OldWordPressAddress({ params }: Props) {
  const { kind, key } = await params;
  const target = await findOldAddressTarget(kind, key);
  if (!target) notFound();
  permanentRedirect(target);
}
