import { handleRevalidateRequest } from "@/lib/cache/revalidate-request";

export const POST = handleRevalidateRequest;
