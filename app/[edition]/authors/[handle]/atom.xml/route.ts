import { feedRoute } from "@/lib/feeds/build";

export const dynamic = "force-dynamic";
export const GET = feedRoute("author", "atom");
