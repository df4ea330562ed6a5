import { createServer, connect, type Server, type Socket } from "node:net";
import type { Page } from "@playwright/test";
import { DATABASE_UNAVAILABLE_DIGEST, SIGN_IN_UNAVAILABLE_MESSAGE, UNAVAILABLE_MESSAGE } from "../lib/ops/unavailable-digest";
import { expect, makeUser, test, uniqueIp } from "./fixtures";
import { createArticle, revalidateReaderPages, uniqueSuffix } from "./factories";
import { freePort, startSecondServer } from "./second-server";
import { db } from "../lib/db";
import { newLinkToken } from "../lib/mail/tokens";

// The database goes away under a running site, and comes back (docs/decisions/021-database-outages.md).
// A second Gazette process reaches PostgreSQL through a switch in this test (a TCP relay): stopping
// the switch is, for that process, the database stopping (open connections cut, new ones refused);
// starting it again is the database coming back. Nothing is restarted.
// SQLite cannot be taken away from a process that has it open (the file stays readable to it, and a
// lock cannot be taken while it is open), so this runs in the PostgreSQL pass; lib/db/unavailable.test.ts
// checks that a locked SQLite file is recognised as an outage.
const postgresUrl = process.env.DATABASE_URL ?? "";
test.skip(!/^postgres(ql)?:/.test(postgresUrl), "needs a PostgreSQL server to stop (runs in the PostgreSQL pass)");

class DatabaseSwitch {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async start() {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => (socket === client ? upstream : client).destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  /** The database stops: every connection is cut and new ones are refused. */
  async stop() {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

let outage: DatabaseSwitch;
let site: Awaited<ReturnType<typeof startSecondServer>>;

test.beforeAll(async () => {
  const url = new URL(postgresUrl);
  outage = new DatabaseSwitch(await freePort(), { host: url.hostname, port: Number(url.port || 5432) });
  await outage.start();
  url.hostname = "127.0.0.1";
  url.port = String(outage.port);
  site = await startSecondServer({ DATABASE_URL: url.toString(), TRUSTED_PROXIES: "127.0.0.1, ::1" });
});

test.afterAll(async () => {
  site?.stop();
  await outage?.stop();
});

/** The status message that says `text` (not another one that quotes it, such as the editor's autosave note). */
async function status(page: Page, text: string) {
  const startsWith = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  await expect(page.getByRole("status").filter({ hasText: startsWith })).toBeVisible();
}

test("while the database is down readers and staff are told so, keep what they typed, and the site recovers without a restart", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Outage ${suffix}` });
  const editorUser = await makeUser("EDITOR");
  const reply = `Still here after the outage ${suffix}.`;

  // A French edition, which the site has read before the outage (written here as a script would, then
  // the site's pages expired; its routing reloads the editions every few seconds).
  await db.edition.upsert({ where: { path: "fr" }, create: { language: "fr-FR", name: "Français", path: "fr", position: 1 }, update: {}, select: { id: true } });
  await revalidateReaderPages(site.url);
  await expect(async () => expect(await (await request.get(`${site.url}/fr`)).text()).toContain('<html lang="fr')).toPass();

  // Before: a reader has the article open (served from the cache from now on) and is writing a reply.
  const reader = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  const readerPage = await reader.newPage();
  await readerPage.goto(`${site.url}/articles/${article.slug}`);
  const form = readerPage.getByRole("form", { name: "Leave a Reply" });
  // Once its script has run, the form keeps what was typed when the server cannot store it.
  await expect(form).toHaveAttribute("data-hydrated", "");
  await form.getByLabel("Comment").fill(reply);
  await form.getByLabel("Name").fill("Nadia Reader");
  await form.getByLabel("Email").fill(`nadia-${suffix}@example.com`);

  // … and an editor is writing a new article.
  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await editorPage.goto(`${site.url}/login`);
  await editorPage.getByLabel("Email").fill(editorUser.email);
  await editorPage.getByLabel("Password").fill(editorUser.password);
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(editorPage).toHaveURL(/\/dashboard/);
  await editorPage.goto(`${site.url}/dashboard/articles/new`);
  const title = `Written through the outage ${suffix}`;
  await editorPage.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await editorPage.getByLabel("Standfirst").fill("Nothing typed is lost.");

  await outage.stop();

  // The cached article page keeps serving.
  const cached = await request.get(`${site.url}/articles/${article.slug}`);
  expect(cached.status()).toBe(200);

  // A page that needs the database: a real 503 page that says so, with Retry-After.
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  const answer = await visitorPage.goto(`${site.url}/search?q=outage-${suffix}`);
  expect(answer?.status()).toBe(503);
  expect(answer?.headers()["retry-after"]).toBe("30");
  await expect(visitorPage.getByRole("heading", { level: 1, name: "Temporarily unavailable" })).toBeVisible();
  await expect(visitorPage.getByText(DATABASE_UNAVAILABLE_DIGEST)).toHaveCount(0);
  // In the French edition, in French, with the way to its own front page.
  expect((await visitorPage.goto(`${site.url}/fr/search?q=panne-${suffix}`))?.status()).toBe(503);
  await expect(visitorPage.getByRole("heading", { level: 1, name: "Momentanément indisponible" })).toBeVisible();
  await expect(visitorPage.getByRole("link", { name: "Aller à la une" })).toHaveAttribute("href", "/fr");

  // The reply is not stored, the reader is told, and the text stays in the form.
  await form.getByRole("button", { name: "Post Comment" }).click();
  await status(readerPage, UNAVAILABLE_MESSAGE);
  await expect(form.getByLabel("Comment")).toHaveValue(reply);

  // The same for a script posting to the API.
  const api = await request.post(`${site.url}/api/articles/${article.id}/replies`, {
    data: { name: "Script", email: "script@example.com", body: "Through the API." },
  });
  expect(api.status()).toBe(503);
  expect(api.headers()["retry-after"]).toBe("30");
  expect((await api.json()).error).toMatch(/cannot reach its database/);

  // Saving the article: refused with the reason, every field kept.
  await editorPage.getByRole("button", { name: "Save draft" }).click();
  await status(editorPage, UNAVAILABLE_MESSAGE);
  await expect(editorPage.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(editorPage.getByLabel("Standfirst")).toHaveValue("Nothing typed is lost.");

  // Signing in: said as it is, on the sign-in page (not Auth.js's configuration error), email kept.
  await visitorPage.goto(`${site.url}/login`);
  await visitorPage.getByLabel("Email").fill(editorUser.email);
  await visitorPage.getByLabel("Password").fill(editorUser.password);
  await visitorPage.getByRole("button", { name: "Sign in" }).click();
  await status(visitorPage, SIGN_IN_UNAVAILABLE_MESSAGE);
  expect(new URL(visitorPage.url()).pathname).toBe("/login");
  await expect(visitorPage.getByLabel("Email")).toHaveValue(editorUser.email);

  // The database comes back; the same processes, the same open pages.
  await outage.start();

  await form.getByRole("button", { name: "Post Comment" }).click();
  await status(readerPage, "Your comment is awaiting moderation.");

  // A new article's first save opens its edit page, which says so (e2e/editor-new-article.spec.ts).
  await editorPage.getByRole("button", { name: "Save draft" }).click();
  await status(editorPage, "Draft saved.");
  await expect(editorPage.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);

  // (A password is never sent back to the browser: typed again.)
  await visitorPage.getByLabel("Password").fill(editorUser.password);
  await visitorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(visitorPage).toHaveURL(/\/dashboard/);

  const back = await request.get(`${site.url}/search?q=outage-${suffix}`);
  expect(back.status()).toBe(200);

  // Saved, the unsaved copy the outage kept retrying is gone: the next new article opens blank.
  await editorPage.goto(`${site.url}/dashboard/articles/new`);
  await expect(editorPage.getByRole("heading", { level: 1, name: "New article" })).toBeVisible();
  await expect(editorPage.getByRole("region", { name: "An unsaved draft" })).toHaveCount(0);

  await Promise.all([reader.close(), editor.close(), visitor.close()]);
});

test("the newsletter, forgot-password and reset forms say the database is away, keep the address, and work when it is back", async ({ browser }) => {
  test.setTimeout(90_000);
  const suffix = uniqueSuffix();
  const user = await makeUser("AUTHOR");
  const { token, tokenHash } = newLinkToken();
  await db.emailToken.create({ data: { userId: user.id, purpose: "password-reset", tokenHash, expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  const [subscribePage, forgotPage, resetPage] = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
  const subscriber = `outage-reader-${suffix}@example.com`;
  await subscribePage.goto(`${site.url}/newsletter`);
  await subscribePage.getByLabel("Your email").fill(subscriber);
  await subscribePage.getByLabel("Daily").check();
  await forgotPage.goto(`${site.url}/login/forgot`);
  await forgotPage.getByLabel("Email").fill(user.email);
  await resetPage.goto(`${site.url}/login/reset?token=${token}`);

  await outage.stop();
  try {
    await subscribePage.getByRole("button", { name: "Subscribe" }).click();
    await status(subscribePage, UNAVAILABLE_MESSAGE);
    await expect(subscribePage.getByLabel("Your email")).toHaveValue(subscriber);
    await expect(subscribePage.getByLabel("Daily")).toBeChecked();

    await forgotPage.getByRole("button", { name: "Send me a link" }).click();
    await status(forgotPage, UNAVAILABLE_MESSAGE);
    await expect(forgotPage.getByLabel("Email")).toHaveValue(user.email);

    await resetPage.getByLabel(/^New password/).fill("chosen during an outage");
    await resetPage.getByLabel("Confirm new password").fill("chosen during an outage");
    await resetPage.getByRole("button", { name: "Change password" }).click();
    await status(resetPage, UNAVAILABLE_MESSAGE);
  } finally {
    await outage.start();
  }

  // The link was not spent by the failed attempt. (Passwords are never sent back: typed again.)
  // First, because asking for a new link (below) voids the earlier one.
  await resetPage.getByLabel(/^New password/).fill("chosen after the outage");
  await resetPage.getByLabel("Confirm new password").fill("chosen after the outage");
  await resetPage.getByRole("button", { name: "Change password" }).click();
  await expect(resetPage).toHaveURL(/\/login\?passwordChanged=1/);
  await subscribePage.getByRole("button", { name: "Subscribe" }).click();
  await status(subscribePage, "Almost done");
  await forgotPage.getByRole("button", { name: "Send me a link" }).click();
  await status(forgotPage, "If an account uses that address");
  await context.close();
});
