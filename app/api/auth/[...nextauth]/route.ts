import { handlers } from "@/lib/auth";
import { loggedRoute } from "@/lib/log";

export const GET = loggedRoute("/api/auth", handlers.GET);
export const POST = loggedRoute("/api/auth", handlers.POST);
