import { correctionsFeedResponse } from "@/lib/corrections/feed";

export const dynamic = "force-dynamic";
export const GET = correctionsFeedResponse;
