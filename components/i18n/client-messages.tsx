import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * Gives a client leaf the messages of its namespaces only ("Replies.form"), so a page's payload
 * carries the few strings its islands use, not the whole messages file.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}

type Messages = { [key: string]: string | Messages };

/** The given dotted namespaces of `messages`, nested as they are there. */
export function pickMessages(messages: Messages, namespaces: string[]): Messages {
  const picked: Messages = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let from: Messages | string | undefined = messages;
    let into = picked;
    path.forEach((key, index) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) return;
      if (index === path.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Messages;
    });
  }
  return picked;
}
