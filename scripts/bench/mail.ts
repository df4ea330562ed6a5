// `--mail [--subscribers 10000] [--worker-process]`: a newsletter issue to every subscriber through a
// local SMTP server, and the article page's requests per second while it sends.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "../lib/run";
import { load, peakMemoryMb, sleep, startServer, waitForServer } from "./common";
import { ARTICLES, DURATION, PORT, SUBSCRIBERS, SMTP_PORT, WORKER_PROCESS, DATABASE, url } from "./options";

/**
 * The mail bench. Subscribers are written straight to the database; the issue due now is marked as
 * already sent before the server starts, so nothing goes out during the baseline. Deleting that row
 * is the trigger: the worker's next round writes the issue and its messages, then delivers them.
 */
export async function mailBench() {
  const { SMTPServer } = await import("smtp-server");
  const { db } = await import("../../lib/db");
  const { dueIssue, FREQUENCIES } = await import("../../lib/newsletter/schedule");
  const { DEFAULT_MAIL_SETTINGS } = await import("../../lib/mail/settings");
  await db.outboxMessage.deleteMany();
  await db.newsletterIssue.deleteMany();
  await db.siteSetting.deleteMany({ where: { key: "mail" } });
  if ((await db.newsletterSubscriber.count()) !== SUBSCRIBERS) {
    await db.newsletterSubscriber.deleteMany();
    for (let start = 0; start < SUBSCRIBERS; start += 1000) {
      await db.newsletterSubscriber.createMany({
        data: Array.from({ length: Math.min(1000, SUBSCRIBERS - start) }, (_, k) => ({ email: `bench-${start + k}@example.net`, frequency: "DAILY", confirmedAt: new Date() })),
      });
    }
  }
  const now = new Date();
  const schedule = { hour: DEFAULT_MAIL_SETTINGS.newsletterHour, weekday: DEFAULT_MAIL_SETTINGS.newsletterWeekday };
  const placeholders = FREQUENCIES.map((frequency) => ({ frequency, due: dueIssue(now, frequency, schedule, "UTC") })).filter((entry) => entry.due);
  const daily = placeholders.find((entry) => entry.frequency === "DAILY")!.due!;
  for (const { frequency, due } of placeholders) {
    await db.newsletterIssue.create({
      data: { period: due!.period, frequency, subject: "bench placeholder", html: "", text: "", articleCount: 0, recipientCount: 0, fanOutDone: true, periodStart: new Date(now.getTime() - 86_400_000), periodEnd: new Date(now.getTime() - 86_400_000) },
    });
  }

  let received = 0;
  let firstAt = 0;
  let lastAt = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received++;
        lastAt = performance.now();
        firstAt ||= lastAt;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, "127.0.0.1", resolve));
  const mailEnv = { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, MAIL_POLL_MS: "500", SITE_TIME_ZONE: "UTC" };
  const server = startServer({ ...mailEnv, MAIL_WORKER: WORKER_PROCESS ? "off" : "on" });
  const worker = WORKER_PROCESS
    ? spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/mail-worker.ts"], {
        cwd: root,
        env: { ...process.env, ...mailEnv, DATABASE_URL: url, AUTH_SECRET: process.env.AUTH_SECRET || "bench-only-secret", SITE_URL: `http://localhost:${PORT}` },
        stdio: "ignore",
      })
    : null;
  const base = `http://localhost:${PORT}`;
  const article = `${base}/articles/bench-article-${Math.floor(ARTICLES / 2)}`;
  try {
    await waitForServer(base);
    await load(article, 10, 1); // warm-up
    const idle = await load(article, 50, DURATION);
    console.log(`bench: article page c=50 with nothing to send: ${idle.rps} req/s, p99 ${idle.p99} ms`);

    const triggered = performance.now();
    await db.newsletterIssue.deleteMany({ where: { period: daily.period } });
    const sending = await load(article, 50, DURATION);
    console.log(`bench: article page c=50 while sending: ${sending.rps} req/s, p99 ${sending.p99} ms (${received} messages delivered by then)`);
    while (received < SUBSCRIBERS && performance.now() - triggered < 30 * 60_000) await sleep(200);
    const deliveredMs = Math.round(lastAt - triggered);
    const failed = await db.outboxMessage.count({ where: { status: { not: "SENT" } } });
    console.log(`bench: ${received} of ${SUBSCRIBERS} newsletter messages delivered ${deliveredMs} ms after the issue was due (first after ${Math.round(firstAt - triggered)} ms); ${failed} not sent`);
    const report = {
      date: new Date().toISOString(),
      kind: "mail",
      articles: ARTICLES,
      subscribers: SUBSCRIBERS,
      durationSeconds: DURATION,
      database: DATABASE,
      worker: WORKER_PROCESS ? "own process" : "in the server",
      newsletter: { delivered: received, firstMessageMs: Math.round(firstAt - triggered), allDeliveredMs: deliveredMs, messagesPerSecond: Math.round((received / deliveredMs) * 1000), notSent: failed },
      articlePage: { idle, sending, ratio: +(sending.rps / (idle.rps || 1)).toFixed(3) },
      serverPeakMemoryMb: peakMemoryMb(server.pid!),
    };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${report.date.replace(/[:.]/g, "-")}-mail-${SUBSCRIBERS}${WORKER_PROCESS ? "-worker-process" : ""}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    console.log(`bench: reader pages kept ${Math.round(report.articlePage.ratio * 100)} % of their requests per second while the newsletter was sent`);
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    server.kill();
    worker?.kill();
    smtp.close();
    await db.$disconnect();
  }
}

