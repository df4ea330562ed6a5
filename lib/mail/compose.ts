// Every message in two versions, plain text and HTML, from one description, with the site's name and
// address in the footer and, for anything that is not transactional, the unsubscribe link. Pure: the
// HTML escapes everything it is given (names and reply text come from readers).

export type SiteIdentity = { name: string; url: string; postalAddress: string };

export type MailContent = {
  subject: string;
  /** The message, one paragraph per entry. */
  paragraphs: string[];
  /** The one thing to do: a button in HTML, a labelled address in text. */
  action?: { label: string; url: string };
  /** A list (articles of a digest, held replies), each with an optional link and a line of detail. */
  items?: { title: string; url?: string; detail?: string }[];
  /** Why this person receives this message, printed above the footer. */
  reason?: string;
  /** Present on everything that is not transactional (RFC 8058 one-click too, see headers). */
  unsubscribeUrl?: string;
};

export type ComposedMail = { subject: string; text: string; html: string };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

/** Only web addresses become links; anything else is printed as text. */
function safeHref(url: string): string | null {
  return /^https?:\/\/[^\s"<>]+$/i.test(url) ? escapeHtml(url) : null;
}

/** One line for a subject header: no line breaks (header injection), at most 200 characters. */
export function subjectLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim().slice(0, 200);
}

export function composeMail(content: MailContent, site: SiteIdentity): ComposedMail {
  const subject = subjectLine(content.subject);
  const footerLines = [site.name, site.url, ...(site.postalAddress ? [site.postalAddress] : [])];

  const text: string[] = [...content.paragraphs];
  if (content.items?.length) {
    text.push(content.items.map((item) => [`- ${item.title}`, item.detail && `  ${item.detail}`, item.url && `  ${item.url}`].filter(Boolean).join("\n")).join("\n\n"));
  }
  if (content.action) text.push(`${content.action.label}:\n${content.action.url}`);
  if (content.reason) text.push(content.reason);
  if (content.unsubscribeUrl) text.push(`Unsubscribe: ${content.unsubscribeUrl}`);
  text.push(`-- \n${footerLines.join("\n")}`);

  const p = (inner: string) => `<p style="margin:0 0 16px">${inner}</p>`;
  const link = (label: string, url: string | undefined) => {
    const href = url ? safeHref(url) : null;
    return href ? `<a href="${href}" style="color:#a30d1b">${escapeHtml(label)}</a>` : escapeHtml(label);
  };
  const html: string[] = content.paragraphs.map((paragraph) => p(escapeHtml(paragraph).replace(/\n/g, "<br>")));
  if (content.items?.length) {
    html.push(
      `<ul style="margin:0 0 16px;padding-left:20px">${content.items
        .map((item) => `<li style="margin-bottom:8px"><strong>${link(item.title, item.url)}</strong>${item.detail ? `<br><span style="color:#555">${escapeHtml(item.detail)}</span>` : ""}</li>`)
        .join("")}</ul>`,
    );
  }
  if (content.action) {
    const href = safeHref(content.action.url);
    html.push(
      href
        ? p(`<a href="${href}" style="display:inline-block;background:#a30d1b;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(content.action.label)}</a><br><span style="color:#555;font-size:13px">${escapeHtml(content.action.url)}</span>`)
        : p(escapeHtml(`${content.action.label}: ${content.action.url}`)),
    );
  }
  const small: string[] = [];
  if (content.reason) small.push(escapeHtml(content.reason));
  if (content.unsubscribeUrl) small.push(link("Unsubscribe", content.unsubscribeUrl));
  small.push(`${link(site.name, site.url)}${site.postalAddress ? ` · ${escapeHtml(site.postalAddress)}` : ""}`);

  return {
    subject,
    text: text.join("\n\n") + "\n",
    html: `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="margin:0;padding:24px;font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#111"><div style="max-width:600px;margin:0 auto">${html.join("")}<hr style="border:none;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:13px;color:#555;margin:0">${small.join("<br>")}</p></div></body></html>`,
  };
}

/** RFC 2369 and RFC 8058 headers: mail programs show an unsubscribe button that posts to the link. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
