// What the fleet tests need beside Playwright: the fleet's state (instances, pids), and a load of
// readers and repliers through nginx that records every failure.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect } from "@playwright/test";
import { db } from "../../lib/db";
import { readState, stateDir, timeOfDay, type FleetState } from "../../scripts/lib/fleet";
import { uniqueIp } from "../fixtures";

export const nginxPort = Number(process.env.FLEET_NGINX_PORT);
export const publicUrl = `http://127.0.0.1:${nginxPort}`;

export function fleetState(): FleetState {
  const state = readState(nginxPort);
  if (!state) throw new Error("the fleet is not running (e2e/fleet/global-setup.ts starts it)");
  return state;
}

export function instanceUrl(index: number): string {
  return `http://127.0.0.1:${fleetState().instances[index]!.port}`;
}

/**
 * One request on a connection of its own. nginx closes its idle client connections when it reloads
 * (a rolling restart reloads it twice per instance); a browser then sends again a request that met a
 * closed reused connection (RFC 9112, 9.3.1), Node's fetch does not, so the load does not reuse them.
 * Even a fresh connection is now and then reset by nginx during a reload before any answer: a reader
 * (a GET) is then sent once more, as RFC 9112, 9.3.1 allows a user agent for an idempotent request
 * whose connection closed before the response; a reply (a POST) never is.
 */
function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, agent: false, timeout: 15_000 }, (response) => {
      answered = true;
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (error: NodeJS.ErrnoException) => reject(Object.assign(error, { beforeResponse: !answered })));
    req.end(init.body);
  });
}

/** A GET sent once more if its connection was reset before any answer came (see `request`). */
async function read(url: string, onRetry: (error: Error) => void): Promise<number> {
  try {
    return await request(url);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { beforeResponse?: boolean };
    if (!failure.beforeResponse || failure.code !== "ECONNRESET") throw error;
    onRetry(failure);
    return request(url);
  }
}

export type Failure = { at: number; what: string; result: string };

/** A failure as a line: its time of day (UTC, as `npm run fleet -- restart` prints its steps), what, how. */
export function describeFailure(failure: Failure): string {
  return `${timeOfDay(failure.at)} ${failure.what}: ${failure.result}`;
}

/** The last lines of the fleet's nginx error log (warnings and errors), for a failed test's message. */
export function nginxErrorLog(lines = 40): string {
  try {
    return readFileSync(path.join(stateDir(nginxPort), "nginx", "logs", "error.log"), "utf8").split("\n").slice(-lines).join("\n");
  } catch (error) {
    return String(error);
  }
}

export type LoadReport = {
  reads: number;
  readFailures: Failure[];
  replies: number;
  acknowledged: string[];
  replyFailures: Failure[];
  /** Reads sent a second time after a connection reset before any answer (not failures: see `request`). */
  readsRetried: Failure[];
};

/**
 * Readers (`readers` at a time) load `paths` through nginx and one replier posts replies to
 * `articleId` through the API, each from an address and email of its own, until `stop()` resolves.
 * Every response is recorded: a read failed if it was not 200, a reply was acknowledged if 201.
 */
export function startLoad(input: { paths: string[]; articleId: string; readers?: number; replyEveryMs?: number }) {
  const report: LoadReport = { reads: 0, readFailures: [], replies: 0, acknowledged: [], replyFailures: [], readsRetried: [] };
  let running = true;
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

  const reader = async (offset: number) => {
    for (let n = offset; running; n++) {
      const path = input.paths[n % input.paths.length]!;
      try {
        const status = await read(publicUrl + path, (error) => report.readsRetried.push({ at: Date.now(), what: path, result: error.message }));
        report.reads++;
        if (status !== 200) report.readFailures.push({ at: Date.now(), what: path, result: String(status) });
      } catch (error) {
        report.reads++;
        report.readFailures.push({ at: Date.now(), what: path, result: error instanceof Error ? error.message : String(error) });
      }
    }
  };

  const replier = async () => {
    for (let n = 0; running; n++) {
      const body = `Load reply ${stamp} number ${n}.`;
      try {
        const status = await request(`${publicUrl}/api/articles/${input.articleId}/replies`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Forwarded-For": uniqueIp() },
          body: JSON.stringify({ name: `Loader ${n}`, email: `loader-${stamp}-${n}@example.net`, body }),
        });
        report.replies++;
        if (status === 201) report.acknowledged.push(body);
        else report.replyFailures.push({ at: Date.now(), what: body, result: String(status) });
      } catch (error) {
        report.replies++;
        report.replyFailures.push({ at: Date.now(), what: body, result: error instanceof Error ? error.message : String(error) });
      }
      await new Promise((resolve) => setTimeout(resolve, input.replyEveryMs ?? 150));
    }
  };

  const workers = [...Array.from({ length: input.readers ?? 6 }, (_, index) => reader(index)), replier()];
  return {
    report,
    /** Resolves once the load has made this many more reads and had this many more replies acknowledged. */
    async progress(more: { reads: number; acknowledged: number }): Promise<void> {
      const target = { reads: report.reads + more.reads, acknowledged: report.acknowledged.length + more.acknowledged };
      await expect
        .poll(() => report.reads >= target.reads && report.acknowledged.length >= target.acknowledged, { timeout: 60_000, intervals: [50], message: `the load to reach ${target.reads} reads and ${target.acknowledged} acknowledged replies` })
        .toBe(true);
    },
    async stop(): Promise<LoadReport> {
      running = false;
      await Promise.all(workers);
      return report;
    },
  };
}

/** Which of these reply bodies are in the database. */
export async function storedReplies(bodies: string[]): Promise<Set<string>> {
  const rows = await db.reply.findMany({ where: { body: { in: bodies } }, select: { body: true } });
  return new Set(rows.map((row) => row.body));
}

