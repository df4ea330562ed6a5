import { ReplySettingsForm } from "@/components/moderation/reply-settings-form";
import { requirePagePermission } from "@/lib/auth/session";
import { getReplySettings } from "@/lib/replies/settings";
import { HeldRepliesIntervalForm } from "@/components/newsletter/dashboard-forms";
import { getMailSettings } from "@/lib/mail/settings";

export const metadata = { title: "Reply settings" };

export default async function ReplySettingsPage() {
  await requirePagePermission("settings:manage");
  const [settings, mail] = await Promise.all([getReplySettings(), getMailSettings()]);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Reply settings</h1>
      <ReplySettingsForm settings={settings} />
      <h2 className="section-title mt-10 mb-4">Email to moderators</h2>
      <HeldRepliesIntervalForm minutes={mail.heldRepliesMinutes} />
    </>
  );
}
