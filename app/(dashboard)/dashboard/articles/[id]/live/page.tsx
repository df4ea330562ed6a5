import { notFound } from "next/navigation";
import { LiveDesk } from "@/components/live/live-desk";
import { requirePagePermission } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { siteTimeZone } from "@/lib/format";
import { getLiveDesk } from "@/lib/live/queries";

export const metadata = { title: "Live desk" };

type Props = { params: Promise<{ id: string }> };

export default async function LiveDeskPage({ params }: Props) {
  const user = await requirePagePermission("live:post:own");
  const desk = await getLiveDesk(user, (await params).id);
  if (!desk) notFound();
  return <LiveDesk desk={desk} pollMs={Math.min(env.LIVE_POLL_MS, 3_000)} timeZone={siteTimeZone} />;
}
