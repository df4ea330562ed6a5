import "server-only";
// What GET /api/ready reports: whether this instance can serve (its database answers, and Redis
// when REDIS_URL is set), and whether it is shutting down. A load balancer or orchestrator takes an
// instance out of rotation on 503; the body says which dependency failed.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { processSharedIfAny } from "@/lib/process-shared";
import { isDraining } from "./shutdown";

export type Check = { ok: true; ms: number } | { ok: false; ms: number; error: string };
export type Readiness = { ready: boolean; draining: boolean; checks: { database: Check; redis?: Check } };

const TIMEOUT_MS = 2_000;

async function timed(work: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      work(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

type Pingable = { ping(): Promise<unknown> };

/** Redis, through the cache's own connection when the cache has made one (lib/cache/redis-cache-handler.mjs). */
async function pingRedis(url: string): Promise<void> {
  const store = processSharedIfAny<Pingable>("sharedCacheStore");
  if (store) {
    await store.ping();
    return;
  }
  const { createClient } = await import("redis");
  const client = createClient({ url, socket: { connectTimeout: TIMEOUT_MS, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.destroy();
  }
}

export async function readiness(): Promise<Readiness> {
  const [database, redis] = await Promise.all([
    timed(() => db.$queryRaw`SELECT 1`),
    env.REDIS_URL ? timed(() => pingRedis(env.REDIS_URL!)) : Promise.resolve(undefined),
  ]);
  const draining = isDraining();
  return { ready: !draining && database.ok && (redis?.ok ?? true), draining, checks: redis ? { database, redis } : { database } };
}
