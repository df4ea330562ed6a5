import { handleRevalidateRequest } from "@/lib/cache/revalidate-request";
import { loggedRoute } from "@/lib/log";

export const POST = loggedRoute("/api/revalidate", handleRevalidateRequest);
