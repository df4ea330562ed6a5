import { correctionsFeedResponse } from "@/lib/corrections/feed";
import { editionAt } from "@/lib/editions/current";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  return correctionsFeedResponse((await editionAt((await params).edition)).id);
}
