// Every public entry point, fed what an attacker or a broken client sends: never a 500, nothing
// half-written, and a person who typed something odd is told what to change next to the field.
import { request as httpRequest } from "node:http";
import type { APIRequestContext } from "@playwright/test";
import { db } from "../lib/db";
import { createArticle, createAuthor, createCategory, uniqueSuffix } from "./factories";
import { expect, makeUser, test, uniqueIp, writeReply } from "./fixtures";

/** Strings no field should choke on. */
const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "x\uDC00y",
  "\u202Eevil",
  "\u2066\u2069",
  "\u0007\u0008\u001b[31m",
  "\u0085\u009f",
  "\uFEFF\u200B",
  "\r\n\r\n",
  "\t",
  " ",
  "",
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "' OR 1=1 --",
  "'; DROP TABLE \"Article\"; --",
  "%00",
  "%",
  "%E0%A4%A",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "${7*7}",
  "{{7*7}}",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "//evil.example",
  "http://169.254.169.254/latest/meta-data/",
  "-1",
  "0",
  "1e309",
  "NaN",
  "9".repeat(400),
  "ü".repeat(20_000),
  "🏳️‍🌈".repeat(2_000),
  "x".repeat(1_000_000),
  "\u0000".repeat(10_000),
  "__proto__",
  "constructor",
  "null",
  "[object Object]",
];

/** Values of the wrong type where a string belongs. */
const WRONG_TYPES: unknown[] = [null, 42, -0.5, true, [], ["a", "b"], {}, { $gt: "" }, [{ nested: ["deep"] }], 1e309];

/** Percent-encoded bytes that are not UTF-8 at all (overlong, surrogate halves, stray bytes). */
const RAW_QUERY_VALUES = ["%ED%A0%80", "%C0%AF", "%FF%FE", "%E0%A4%A", "%", "%%", "%u0000", "%2e%2e%2f"];

/** A query value: hostile strings encoded as a browser would (lone surrogates cannot be), raw bytes as they are. */
const queryValues = [
  ...HOSTILE_STRINGS.map((value) => encodeURIComponent(value.slice(0, 2_000).replace(/[\uD800-\uDFFF]/g, "\uFFFD"))),
  ...RAW_QUERY_VALUES,
];

function expectNoServerError(status: number, what: string) {
  expect(status, what).toBeLessThan(500);
}

async function postReplyJson(request: APIRequestContext, articleId: string, data: unknown) {
  return request.post(`/api/articles/${articleId}/replies`, { data: data as object, headers: { "X-Forwarded-For": uniqueIp() }, failOnStatusCode: false });
}

test("the reply API answers every hostile field with a 4xx and writes nothing it refused", async ({ request }) => {
  test.slow();
  const article = await createArticle();
  const suffix = uniqueSuffix();
  let accepted = 0;
  let index = 0;
  for (const value of [...HOSTILE_STRINGS, ...WRONG_TYPES]) {
    index++;
    const email = `probe-${suffix}-${index}@example.net`;
    for (const field of ["name", "email", "body", "website", "parentId", "token", "company"]) {
      const reply: Record<string, unknown> = { name: `Probe ${index}`, email, body: `Probe ${suffix} ${index} ${field}`, [field]: value };
      const response = await postReplyJson(request, article.id, reply);
      expectNoServerError(response.status(), `${field} = ${JSON.stringify(value)?.slice(0, 40)}`);
      if (response.status() === 201) accepted++;
    }
  }
  expect(await db.reply.count({ where: { articleId: article.id } })).toBe(accepted);
  // None of what was stored carries a NUL, a control character or a broken surrogate.
  const stored = await db.reply.findMany({ where: { articleId: article.id }, select: { authorName: true, body: true } });
  for (const reply of stored) expect(`${reply.authorName}${reply.body}`).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202E]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
});

test("the reply API refuses oversize bodies, other shapes, other content types and other sites' forms", { tag: "@once" }, async ({ request }) => {
  const article = await createArticle();
  const url = `/api/articles/${article.id}/replies`;
  const headers = { "X-Forwarded-For": uniqueIp() };

  const huge = await request.post(url, { headers: { ...headers, "Content-Type": "application/json" }, data: JSON.stringify({ name: "A", email: "a@example.net", body: "x".repeat(2_000_000) }), failOnStatusCode: false });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toContain("larger than");

  for (const [type, body] of [
    ["application/json", "[1,2,3]"],
    ["application/json", "\"just a string\""],
    ["application/json", "{not json"],
    ["application/json", "\u0000"],
    ["text/xml", "<reply><name>A</name></reply>"],
    ["multipart/form-data; boundary=nothing", "garbage"],
    ["application/octet-stream", "\u0000\u0001"],
  ] as const) {
    const response = await request.post(url, { headers: { ...headers, "Content-Type": type }, data: body, failOnStatusCode: false });
    expect(response.status(), `${type} ${body}`).toBe(400);
  }

  const crossSite = await request.post(url, {
    headers: { ...headers, Origin: "http://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
    data: `name=Victim&email=victim%40example.net&body=${encodeURIComponent("Posted by another site")}`,
    failOnStatusCode: false,
  });
  expect(crossSite.status()).toBe(403);

  for (const id of ["nope", "a".repeat(500), "%00", "%", "%C0%AF", "..%2F..%2Fetc"]) {
    expectNoServerError((await request.post(`/api/articles/${id}/replies`, { headers, data: { name: "A" }, failOnStatusCode: false })).status(), id);
  }
  expect(await db.reply.count({ where: { articleId: article.id } })).toBe(0);
});

test("reader pages, search, feeds, pagination and images answer hostile query strings without a 500", async ({ request }) => {
  test.slow();
  const [author, category] = await Promise.all([createAuthor(), createCategory()]);
  await createArticle({ authorId: author.id, categoryId: category.id });
  const paths = (q: string) => {
    return [
      `/search?q=${q}`,
      `/search?q=news&page=${q}`,
      `/?page=${q}`,
      `/category/${category.slug}?page=${q}`,
      `/authors/${author.handle}?page=${q}`,
      `/feed.xml?page=${q}`,
      `/feed.json?q=${q}`,
      `/corrections?page=${q}`,
      `/corrections/feed.xml?page=${q}`,
      `/corrections/page/${q}`,
      `/category/${q}`,
      `/tag/${q}`,
      `/articles/${q}`,
      `/_next/image?url=${q}&w=640&q=75`,
      `/_next/image?url=%2Ficon.png&w=${q}&q=${q}`,
    ];
  };
  const failures: string[] = [];
  for (const value of queryValues) {
    for (const path of paths(value)) {
      const response = await request.get(path, { failOnStatusCode: false, maxRedirects: 0 });
      if (response.status() >= 500) failures.push(`${response.status()} ${path.slice(0, 80)}`);
    }
  }
  expect(failures).toEqual([]);
});

test("sign-in refuses hostile emails and passwords with its own message, never a 500", async ({ page, request }) => {
  test.slow();
  const csrf = async () => (await (await request.get("/api/auth/csrf")).json()).csrfToken as string;
  for (const value of HOSTILE_STRINGS.filter((value) => value.length < 50_000)) {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: value, password: value, csrfToken: await csrf() },
      headers: { "X-Forwarded-For": uniqueIp() },
      failOnStatusCode: false,
      maxRedirects: 0,
    });
    expectNoServerError(response.status(), JSON.stringify(value).slice(0, 40));
    expect(response.headers()["location"] ?? "", JSON.stringify(value).slice(0, 40)).not.toContain("error=Configuration");
  }
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueIp() });
  await page.goto("/login");
  await page.getByLabel("Email").fill("nobody\u0000@example.com");
  await page.getByLabel("Password").fill("\uD800\u0000");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main")).toContainText(/Incorrect email or password|Enter an email address/);
});

test("a reader's name or comment with invisible control characters is explained at the field and kept", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueIp() });
  const article = await createArticle();
  const suffix = uniqueSuffix();
  await page.goto(`/articles/${article.slug}`);
  const form = page.getByRole("form", { name: "Leave a Reply" });
  await writeReply(page, { name: `Ann ${suffix}`, email: `ann-${suffix}@example.net`, body: `Before\u0000after ${suffix}` });
  await expect(form.getByText("Your comment contains invisible control characters or broken symbols: remove them and post again.")).toBeVisible();
  await expect(form.getByLabel("Comment")).toHaveValue(`Before\u0000after ${suffix}`);
  await expect(form.getByLabel("Name")).toHaveValue(`Ann ${suffix}`);
  expect(await db.reply.count({ where: { articleId: article.id } })).toBe(0);
});

test("a reader cannot reply under a staff member's name, and bidi tricks in names are removed", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueIp() });
  const editor = await makeUser("EDITOR");
  const article = await createArticle();
  const suffix = uniqueSuffix();
  await page.goto(`/articles/${article.slug}`);
  const form = page.getByRole("form", { name: "Leave a Reply" });
  // The editor's name in another case, with a zero-width space in it.
  const impostor = editor.name.toUpperCase().replace(" ", " \u200B");
  await writeReply(page, { name: impostor, email: `impostor-${suffix}@example.net`, body: `Official statement ${suffix}` });
  await expect(form.getByText("This name belongs to a member of our staff. Choose another name, or sign in to reply as them.")).toBeVisible();
  await expect(form.getByLabel("Comment")).toHaveValue(`Official statement ${suffix}`);
  expect(await db.reply.count({ where: { articleId: article.id } })).toBe(0);

  await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueIp() });
  await form.getByLabel("Name").fill(`Mallory\u202E ${suffix}`);
  await form.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your comment is awaiting moderation." })).toBeVisible();
  const stored = await db.reply.findFirstOrThrow({ where: { articleId: article.id }, select: { authorName: true } });
  expect(stored.authorName).toBe(`Mallory ${suffix}`);
});

test("a timing token is issued only for an open article and wears out after a few replies", async ({ request }) => {
  const article = await createArticle();
  const suffix = uniqueSuffix();
  // The token a page view gets when its reader starts typing, fetched the way the form does.
  const token = await (async () => {
    const { issueReplyToken } = await import("../lib/replies/token");
    return issueReplyToken(article.id, Date.now() - 10_000);
  })();
  const reasons: string[] = [];
  for (let i = 1; i <= 7; i++) {
    const response = await postReplyJson(request, article.id, { name: `Reader ${suffix} ${i}`, email: `token-${suffix}-${i}@example.net`, body: `Reply ${i} ${suffix}`, token });
    expect(response.status()).toBe(201);
    const { id } = await response.json();
    const held = await db.replyHoldReason.findMany({ where: { replyId: id }, select: { code: true } });
    reasons.push(held.map((reason) => reason.code).join(",") || "none");
  }
  // Five replies from one page view are people; the sixth and seventh are a robot replaying it.
  expect(reasons.slice(0, 5).every((reason) => !reason.includes("token"))).toBe(true);
  expect(reasons.slice(5).every((reason) => reason.includes("token"))).toBe(true);
});

test("server action calls that are too large or come from another site are refused, not a 500", { tag: "@once" }, async ({ request }) => {
  const article = await createArticle();
  const action = { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8", "X-Forwarded-For": uniqueIp() };
  const large = await request.post(`/articles/${article.slug}`, { headers: action, data: "x".repeat(200_000), failOnStatusCode: false });
  expect(large.status()).toBe(413);
  const foreign = await request.post("/dashboard/users", { headers: { ...action, Origin: "http://evil.example" }, data: "[]", failOnStatusCode: false });
  expect(foreign.status()).toBe(403);
  // Sent in chunks, without a length (Node sends Transfer-Encoding: chunked): refused before it is read.
  const chunked = await new Promise<number>((resolve, reject) => {
    const call = httpRequest(`http://localhost:${process.env.E2E_PORT}/articles/${article.slug}`, { method: "POST", headers: action }, (answer) => {
      answer.resume();
      resolve(answer.statusCode ?? 0);
    });
    call.on("error", reject);
    call.write("x".repeat(64 * 1024));
    call.end();
  });
  expect(chunked).toBe(411);
  const unknown = await request.post(`/articles/${article.slug}`, { headers: action, data: "[]", failOnStatusCode: false });
  expectNoServerError(unknown.status(), "an action id that does not exist");
  // A plain HTML form on another site: no Next-Action header, which a foreign page cannot add.
  const csrf = await request.post("/dashboard/users", {
    headers: { Origin: "http://evil.example", "X-Forwarded-For": uniqueIp() },
    multipart: { name: "Intruder", email: "intruder@example.net", role: "ADMIN" },
    failOnStatusCode: false,
    maxRedirects: 0,
  });
  expect(csrf.status()).toBe(403);
  expect(await db.user.count({ where: { email: "intruder@example.net" } })).toBe(0);
});

test("a multipart form with a malformed part sent to a real action is refused with 400 and one sentence, never a 500", { tag: "@once" }, async ({ request, baseURL }) => {
  // The sign-in page's own action, as a person's browser would name it (the form's hidden field).
  const html = await (await request.get("/login")).text();
  const actionId = /name="\$ACTION_ID_([0-9a-f]{40,})"/.exec(html)?.[1] ?? /"id":"([0-9a-f]{40,})"/.exec(html.replaceAll("&quot;", '"'))?.[1];
  expect(actionId, "the sign-in page's action id").toBeTruthy();
  const headers = { "Content-Type": "multipart/form-data; boundary=XX", Origin: baseURL!, "X-Forwarded-For": uniqueIp() };
  const body = (part: string) => Buffer.from(`--XX\r\n${part}\r\n\r\nreader@example.com\r\n--XX\r\nContent-Disposition: form-data; name="$ACTION_ID_${actionId}"\r\n\r\n\r\n--XX--\r\n`, "latin1");
  for (const part of ['Content-Disposition: form-data; name="x"\r\nBrokenHeaderLine', 'Content-Disposition: form-data; name="email"; filename="x\u0000y"']) {
    // Called by script (Next.js's header) and posted by a browser without script (no header).
    for (const action of [{ "Next-Action": actionId! }, {}] as Record<string, string>[]) {
      const answer = await request.post("/login", { headers: { ...headers, ...action }, data: body(part), failOnStatusCode: false, maxRedirects: 0 });
      expect(answer.status(), `${JSON.stringify(part)} ${JSON.stringify(action)}`).toBe(400);
      expect(await answer.text()).toContain("This form could not be read: one of its parts is malformed.");
    }
  }
  // Well-formed, but without the root row React writes in every action call: Next.js would answer 500.
  const withoutArguments = await request.post("/login", { headers: { ...headers, "Next-Action": actionId! }, data: body('Content-Disposition: form-data; name="email"'), failOnStatusCode: false, maxRedirects: 0 });
  expect(withoutArguments.status()).toBe(400);
  // A call in React's encoding is still answered by the action itself, with its own sentence.
  const call = Buffer.from(`--XX\r\nContent-Disposition: form-data; name="1_email"\r\n\r\nnobody@example.com\r\n--XX\r\nContent-Disposition: form-data; name="1_password"\r\n\r\nwrong password\r\n--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$undefined","$K1"]\r\n--XX--\r\n`, "latin1");
  const answered = await request.post("/login", { headers: { ...headers, "Next-Action": actionId! }, data: call, failOnStatusCode: false, maxRedirects: 0 });
  expect(answered.status()).toBe(200);
  expect(await answered.text()).toMatch(/Incorrect email or password\.|Please correct the fields marked below\./);
});
