// What each stage of server.ts costs per request, for the bench: each stage alone, and all of them in
// order, in front of a handler that answers as Next.js answers a cached reader page (its headers, the
// page in one end()), in this process, over loopback. The cost of a stage is the processor time per
// request with it minus without it (the client's share, in the same process, cancels out); rounds
// alternate so that a busy machine weighs on every variant alike. The stages that need Next.js or a
// database to say anything (static assets, page memory) are measured by the page loads themselves.
import http from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { composeStages, type Stage } from "@/lib/http/pipeline";
import { peerAddress } from "@/lib/http/peer-address";
import { securityHeaders } from "@/lib/security/response-headers";
import { earlyRefusals } from "@/lib/http/early-refusals";
import { requestScope } from "@/lib/http/request-scope";
import { compressionStage } from "@/lib/http/compression";
import { scriptsAfterPaintFor } from "@/lib/http/scripts-after-paint";
import { median } from "./stats";

export type StageCost = { stage: string; plainMs: number; gzipMs: number };

const REQUESTS = 5_000;

const ROUNDS = 3;

function pageAnswer(html: string) {
  const bytes = Buffer.byteLength(html);
  return (_request: http.IncomingMessage, response: http.ServerResponse) => {
    response.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch");
    response.setHeader("x-nextjs-cache", "HIT");
    response.setHeader("Cache-Control", "s-maxage=60, stale-while-revalidate=86340");
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Length", bytes);
    response.end(html);
  };
}

async function cpuPerRequest(server: http.Server, path: string, gzip: boolean): Promise<number> {
  const { port } = server.address() as AddressInfo;
  const before = process.cpuUsage();
  const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 10, amount: REQUESTS, headers: gzip ? { "accept-encoding": "gzip" } : {} });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / Math.max(1, result.requests.total);
}

/** The article page `html` (as served at `path`) behind each stage, then all of them. */
export async function measureStageCosts(html: string, path: string): Promise<StageCost[]> {
  const stages: Record<string, Stage> = {
    "peer address": peerAddress,
    "security headers": securityHeaders,
    "early refusals": earlyRefusals,
    "request scope": requestScope,
    "compression (scripts after paint)": compressionStage({ rewrite: scriptsAfterPaintFor }),
  };
  const variants: [string, Stage[]][] = [["none", []], ...Object.entries(stages).map(([name, stage]) => [name, [stage]] as [string, Stage[]]), ["all of them", Object.values(stages)]];
  const servers = await Promise.all(
    variants.map(async ([name, list]) => {
      const server = http.createServer(composeStages(list, pageAnswer(html)));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return { name, server, plain: [] as number[], gzip: [] as number[] };
    }),
  );
  try {
    for (const variant of servers) await cpuPerRequest(variant.server, path, true); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of servers) {
        variant.plain.push(await cpuPerRequest(variant.server, path, false));
        variant.gzip.push(await cpuPerRequest(variant.server, path, true));
      }
    }
  } finally {
    for (const { server } of servers) server.close();
  }
  const none = servers[0]!;
  return servers.slice(1).map((variant) => ({
    stage: variant.name,
    plainMs: +(median(variant.plain) - median(none.plain)).toFixed(3),
    gzipMs: +(median(variant.gzip) - median(none.gzip)).toFixed(3),
  }));
}
