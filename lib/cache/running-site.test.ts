import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { MOST_TAGS_SENT, TAGS_PER_REQUEST, tellRunningSite } from "./running-site";
import { expireEverything, expireTags, takeCollectedExpirations } from "./tags";

// Outside a Next.js server (this test, a script), expirations are collected and sent to the running
// site's POST /api/revalidate, here a server that answers as that route does.
const received: { authorization?: string; body: unknown }[] = [];
const server = http.createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk)).on("end", () => {
    received.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
    response.writeHead(request.headers.authorization === "Bearer right-secret" ? 200 : 401).end("{}");
  });
});
let siteUrl = "";

describe("tellRunningSite", () => {
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it("sends the tags a script expired, once, with the site's secret", async () => {
    takeCollectedExpirations();
    expireTags(["articles", "article:harbour"]);
    expireTags(["articles"]);
    assert.equal(await tellRunningSite({ siteUrl, secret: "right-secret" }), `The site at ${siteUrl} shows the changes now.`);
    assert.deepEqual(received.at(-1), { authorization: "Bearer right-secret", body: { tags: ["articles", "article:harbour"] } });
    assert.equal(await tellRunningSite({ siteUrl, secret: "right-secret" }), "Nothing on the site's pages changed.");
  });

  it("sends everything once anything expired everything", async () => {
    expireTags(["articles"]);
    expireEverything();
    await tellRunningSite({ siteUrl, secret: "right-secret" });
    assert.deepEqual(received.at(-1)?.body, { everything: true });
  });

  it("sends many tags in requests the route takes, and every page past a bound", async () => {
    const before = received.length;
    expireTags(Array.from({ length: TAGS_PER_REQUEST * 2 + 1 }, (_, n) => `article:story-${n}`));
    assert.equal(await tellRunningSite({ siteUrl, secret: "right-secret" }), `The site at ${siteUrl} shows the changes now.`);
    const sent = received.slice(before).map(({ body }) => (body as { tags: string[] }).tags.length);
    assert.deepEqual(sent, [TAGS_PER_REQUEST, TAGS_PER_REQUEST, 1]);
    expireTags(Array.from({ length: MOST_TAGS_SENT + 1 }, (_, n) => `article:story-${n}`));
    await tellRunningSite({ siteUrl, secret: "right-secret" });
    assert.deepEqual(received.at(-1)?.body, { everything: true });
  });

  it("says plainly when the site was not told, and never throws", async () => {
    expireEverything();
    assert.match(await tellRunningSite({ siteUrl, secret: undefined }), /^REVALIDATE_SECRET is not set/);
    expireEverything();
    assert.match(await tellRunningSite({ siteUrl, secret: "wrong-secret" }), /refused to expire its pages \(HTTP 401/);
    expireEverything();
    assert.match(await tellRunningSite({ siteUrl: "http://127.0.0.1:9", secret: "right-secret" }), /^No site answered at/);
  });
});
