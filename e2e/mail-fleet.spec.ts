import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";
import { db } from "../lib/db";
import { outboxRow } from "../lib/mail/outbox";
import { createArticle, hourWithoutDailyIssue, outboxSettled, uniqueSuffix } from "./factories";
import { MailServer } from "./mail-server";
import { startSecondServer } from "./second-server";

// Two Gazette processes and a worker process of its own (`npm run mail-worker`) on one database, all
// delivering mail (README: several instances): every message and every newsletter issue must arrive
// once, not once per process.
const mail = new MailServer();
let server: Awaited<ReturnType<typeof startSecondServer>>;
let worker: ChildProcess | undefined;

test.beforeAll(async () => {
  await mail.start();
  server = await startSecondServer({
    SITE_URL: `http://localhost:${process.env.E2E_PORT}`,
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    MAIL_POLL_MS: "100",
    MAIL_RETRY_BASE_MS: "500",
  });
  worker = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/mail-worker.ts"], {
    env: { ...process.env, SITE_URL: `http://localhost:${process.env.E2E_PORT}`, SMTP_URL: `smtp://127.0.0.1:${mail.port}`, MAIL_POLL_MS: "100", MAIL_RETRY_BASE_MS: "500" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let said = "";
  worker.stdout!.on("data", (chunk: Buffer) => (said += chunk.toString()));
  await expect.poll(() => said, { timeout: 30_000 }).toContain("mail worker: polling every 100 ms, delivering by SMTP");
});

test.afterAll(async () => {
  // SIGTERM: the worker finishes its round and exits by itself.
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker!.once("exit", resolve));
    worker.kill("SIGTERM");
    await exited;
  }
  server?.stop();
  await mail.stop();
});

test("two instances deliver a burst of messages, each exactly once", async () => {
  const suffix = uniqueSuffix();
  const count = 300;
  const recipients = Array.from({ length: count }, (_, i) => `fleet-${suffix}-${i}@example.net`);
  await db.outboxMessage.createMany({
    data: recipients.map((to) => outboxRow({ kind: "held-replies", to, content: { subject: `Fleet ${suffix}`, paragraphs: ["One of many."] } })),
  });
  const mine = () => mail.received.filter((message) => message.subject === `Fleet ${suffix}`);
  await expect.poll(() => mine().length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
  for (const to of recipients) await outboxSettled(to);
  expect(mine()).toHaveLength(count);
  expect(new Set(mine().flatMap((message) => message.to)).size).toBe(count);
  expect(await db.outboxMessage.count({ where: { subject: `Fleet ${suffix}`, status: "SENT" } })).toBe(count);
});

test("a newsletter issue due on two instances at once goes out once", async () => {
  const suffix = uniqueSuffix();
  const email = `fleet-reader-${suffix}@example.net`;
  await db.newsletterSubscriber.create({ data: { email, frequency: "DAILY", confirmedAt: new Date() } });
  await createArticle({ title: `Both servers saw this ${suffix}`, publishedAt: new Date() });
  // An hour whose issue is due now and was never written.
  const hour = await hourWithoutDailyIssue();
  const row = await db.siteSetting.findUnique({ where: { key: "mail" } });
  const value = JSON.stringify({ ...(row ? JSON.parse(row.value) : {}), newsletterHour: hour });
  await db.siteSetting.upsert({ where: { key: "mail" }, create: { key: "mail", value }, update: { value } });

  const issue = await mail.waitFor(email, /Gazette Daily/, 20_000);
  expect(issue.text).toContain(`Both servers saw this ${suffix}`);
  await outboxSettled(email);
  expect(mail.to(email)).toHaveLength(1);
  await db.newsletterSubscriber.deleteMany({ where: { email } });
});
