// The wording of each transactional message, in one place. Notices with an unsubscribe link are
// written next to what causes them (held-replies.ts, lib/newsletter, lib/replies, lib/articles).
import { env } from "@/lib/env";
import type { OutgoingMail } from "./outbox";
import { siteLink } from "./outbox";

export function invitationMail(to: string, name: string, inviter: string, token: string): OutgoingMail {
  return {
    kind: "invitation",
    to,
    sensitive: true,
    content: {
      subject: `${inviter} invited you to ${env.SITE_NAME}`,
      paragraphs: [
        `Hello ${name},`,
        `${inviter} has made you an account on ${env.SITE_NAME}'s dashboard. Choose your password to sign in. The link works once, for 72 hours.`,
      ],
      action: { label: "Choose your password", url: siteLink("/login/welcome", { token }) },
      reason: "If you did not expect this, ignore this message: nothing happens until the link is used.",
    },
  };
}

export function passwordResetMail(to: string, name: string, token: string): OutgoingMail {
  return {
    kind: "password-reset",
    to,
    sensitive: true,
    content: {
      subject: `Reset your ${env.SITE_NAME} password`,
      paragraphs: [
        `Hello ${name},`,
        "Someone asked to reset the password of your account. If it was you, choose a new password with this link. It works once, for one hour, and signs you out everywhere.",
      ],
      action: { label: "Choose a new password", url: siteLink("/login/reset", { token }) },
      reason: "If you did not ask for this, ignore this message: your password stays as it is.",
    },
  };
}
