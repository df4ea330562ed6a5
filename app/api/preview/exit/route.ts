import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { loggedRoute } from "@/lib/log";

export const GET = loggedRoute("/api/preview/exit", async () => {
  (await draftMode()).disable();
  redirect("/dashboard/articles");
});
