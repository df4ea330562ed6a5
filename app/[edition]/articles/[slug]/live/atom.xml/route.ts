import { liveFeedRoute } from "@/lib/live/feed";

export const dynamic = "force-dynamic";
export const GET = liveFeedRoute("atom");
