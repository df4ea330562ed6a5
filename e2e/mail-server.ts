// A real SMTP server for the tests (the smtp-server package): it accepts what Gazette sends, keeps
// each message, and can be stopped and started again to play a mail server that is down.
import { expect } from "@playwright/test";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  subject: string;
  headers: Map<string, string>;
  text: string;
  html: string;
  raw: string;
};

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const input = value.replace(/=\r?\n/g, "");
  for (let index = 0; index < input.length; index++) {
    if (input[index] === "=" && /^[0-9A-F]{2}$/i.test(input.slice(index + 1, index + 3))) {
      bytes.push(parseInt(input.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(input[index]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as nodemailer writes subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_match, _charset, encoding: string, text: string) =>
      encoding.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function splitHeaders(part: string): { headers: Map<string, string>; body: string } {
  const at = part.search(/\r?\n\r?\n/);
  const head = at < 0 ? part : part.slice(0, at);
  const body = at < 0 ? "" : part.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

/** Enough MIME for what nodemailer writes: a single part, or multipart/alternative with text and HTML. */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const { headers, body } = splitHeaders(raw);
  let text = "";
  let html = "";
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = type.match(/boundary="?([^";]+)"?/i)?.[1];
  if (boundary) {
    for (const section of body.split(`--${boundary}`).slice(1)) {
      if (section.startsWith("--")) break;
      const part = splitHeaders(section.replace(/^\r?\n/, ""));
      const partType = part.headers.get("content-type") ?? "";
      if (partType.startsWith("text/plain")) text = decodeBody(part.headers, part.body);
      if (partType.startsWith("text/html")) html = decodeBody(part.headers, part.body);
    }
  } else if (type.startsWith("text/html")) {
    html = decodeBody(headers, body);
  } else {
    text = decodeBody(headers, body);
  }
  return { to, subject: decodeWords(headers.get("subject") ?? ""), headers, text, html, raw };
}

export class MailServer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | null = null;

  constructor(readonly port = Number(process.env.E2E_SMTP_PORT || 2525)) {}

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          this.received.push(parseMail(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase())));
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Messages to this address so far. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address.toLowerCase()));
  }

  /** Wait until a message to `address` whose subject matches arrives, and return it. */
  async waitFor(address: string, subject: RegExp | string = /./, timeout = 15_000): Promise<ReceivedMail> {
    let found: ReceivedMail | undefined;
    await expect(async () => {
      found = this.to(address).find((mail) => (typeof subject === "string" ? mail.subject.includes(subject) : subject.test(mail.subject)));
      expect(found, `a message to ${address} about ${subject}`).toBeTruthy();
    }).toPass({ timeout, intervals: [100, 250, 500] });
    return found!;
  }
}

/** The first link in a message's text that starts with this site path, made relative to the test server. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, "\\$&")}[^\\s]*`));
  if (!match) throw new Error(`no link to ${path} in:\n${mail.text}`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}
