import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { db } from "../lib/db";
import { makeUser, uniqueIp } from "./fixtures";
import { csrfToken, postSignIn } from "./sign-in-api";

// By default (no TRUSTED_PROXIES, no TRUSTED_PROXY_HOPS) Gazette believes no X-Forwarded-For header:
// the address is the connection's. The test server trusts this machine (it plays the proxy), so this
// spec starts a second server, on the same build and database, with the default settings.
let server: ChildProcess;
let baseURL: string;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

test.beforeAll(async () => {
  const port = await freePort();
  baseURL = `http://localhost:${port}`;
  const env = { ...process.env };
  delete env.TRUSTED_PROXIES;
  delete env.TRUSTED_PROXY_HOPS;
  server = spawn(path.join("node_modules", ".bin", "next"), ["start", "--port", String(port)], { env, stdio: "ignore" });
  await expect(async () => expect((await fetch(`${baseURL}/robots.txt`)).ok).toBe(true)).toPass({ timeout: 30_000 });
});

test.afterAll(async () => {
  server?.kill();
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
  }
  for (const forwarded of [uniqueIp(), `${uniqueIp()}, ${uniqueIp()}`, "garbage", "::1"]) {
    expect(await postSignIn(request, { email: target.email, password: target.password, csrfToken: token }, { "X-Forwarded-For": forwarded })).toBe("throttled");
  }
  // Counted under this machine's address, read from the connection (not "unknown").
  const counters = await db.rateLimit.findMany({ where: { key: { in: ["login-ip:127.0.0.1", "login-ip:0:0:0:0::/64"] } } });
  expect(counters.reduce((sum, row) => sum + row.points, 0)).toBeGreaterThanOrEqual(30);
  await request.dispose();
});
