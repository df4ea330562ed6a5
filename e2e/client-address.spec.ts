import { db } from "../lib/db";
import { expect, makeUser, test, uniqueIp } from "./fixtures";
import { startSecondServer } from "./second-server";
import { csrfToken, postSignIn } from "./sign-in-api";

// By default (no TRUSTED_PROXIES, no TRUSTED_PROXY_HOPS) Gazette believes no X-Forwarded-For header:
// the address is the connection's. The test server trusts this machine (it plays the proxy), so this
// spec starts a second server, on the same build and database, with the default settings.
let server: Awaited<ReturnType<typeof startSecondServer>>;
let baseURL: string;

// An expired counter left by an earlier attempt: the new process's first sign-in attempt sweeps it
// (lib/rate-limit/sweep.ts), so the table does not grow forever.
const expiredKey = `login-ip:192.0.2.${Math.floor(Math.random() * 250)}-expired-${Date.now()}`;

test.beforeAll(async () => {
  await db.rateLimit.create({ data: { key: expiredKey, points: 3, expire: new Date(Date.now() - 60_000) } });
  server = await startSecondServer({ TRUSTED_PROXIES: undefined, TRUSTED_PROXY_HOPS: undefined });
  baseURL = server.url;
});

test.afterAll(async () => {
  server?.stop();
  // Every attempt here came from this machine: leave its address unthrottled for the other specs.
  await db.rateLimit.deleteMany({ where: { key: { in: ["login-ip:127.0.0.1", "login-ip:0:0:0:0::/64"] } } });
});

test("a client that rotates or appends X-Forwarded-For is still throttled by its own address", async ({ playwright }) => {
  const target = await makeUser("EDITOR");
  const request = await playwright.request.newContext({ baseURL });
  const token = await csrfToken(request);
  // 30 guesses at 30 different accounts, each claiming another address (or appending one): only the
  // per-address limit can stop this, and only if the header is not believed.
  for (let batch = 0; batch < 3; batch++) {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const forwarded = i % 2 ? uniqueIp() : `203.0.113.7, ${uniqueIp()}`;
        const email = `guess-${batch}-${i}-${target.id}@example.com`;
        return postSignIn(request, { email, password: "guess", csrfToken: token }, { "X-Forwarded-For": forwarded });
      }),
    );
    expect(answers.every((answer) => answer === "incorrect")).toBe(true);
    expect(await db.rateLimit.findUnique({ where: { key: expiredKey } })).toBeNull();
  }
  for (const forwarded of [uniqueIp(), `${uniqueIp()}, ${uniqueIp()}`, "garbage", "::1"]) {
    expect(await postSignIn(request, { email: target.email, password: target.password, csrfToken: token }, { "X-Forwarded-For": forwarded })).toBe("throttled");
  }
  // Counted under this machine's address, read from the connection (not "unknown").
  const counters = await db.rateLimit.findMany({ where: { key: { in: ["login-ip:127.0.0.1", "login-ip:0:0:0:0::/64"] } } });
  expect(counters.reduce((sum, row) => sum + row.points, 0)).toBeGreaterThanOrEqual(30);
  await request.dispose();
});
