import { ReplySettingsForm } from "@/components/moderation/reply-settings-form";
import { requirePagePermission } from "@/lib/auth/session";
import { getReplySettings } from "@/lib/replies/settings";

export const metadata = { title: "Reply settings" };

export default async function ReplySettingsPage() {
  await requirePagePermission("settings:manage");
  const settings = await getReplySettings();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Reply settings</h1>
      <ReplySettingsForm settings={settings} />
    </>
  );
}
