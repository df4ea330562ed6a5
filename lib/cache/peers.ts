// Several Gazette processes each keep their own page cache. A write expires tags in the process
// that made it; CACHE_PEERS lists the other processes, and each write's tags are sent to them through
// POST /api/revalidate (with REVALIDATE_SECRET), after the response, so the writer never waits.
import { after } from "next/server";
import { env } from "@/lib/env";

const TIMEOUT_MS = 3_000;
/** Marks a request from a peer, which must not be passed on again. */
export const PEER_HEADER = "x-gazette-peer";

export type PeerMessage = { tags: string[] } | { everything: true };
// Shared by every bundle of this process (each route has its own copy of this module).
const complaints = globalThis as typeof globalThis & { gazettePeerComplaints?: Map<string, number> };
const lastComplaint = (complaints.gazettePeerComplaints ??= new Map<string, number>());

async function tell(peer: string, message: PeerMessage): Promise<void> {
  try {
    const response = await fetch(new URL("/api/revalidate", peer), {
      method: "POST",
      headers: { Authorization: `Bearer ${env.REVALIDATE_SECRET}`, "Content-Type": "application/json", [PEER_HEADER]: "1" },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`answered ${response.status}`);
  } catch (error) {
    // Once in ten minutes per peer: a peer that is down should not flood the log.
    const now = Date.now();
    if (now - (lastComplaint.get(peer) ?? 0) > 600_000) {
      lastComplaint.set(peer, now);
      console.error(`cache: could not expire tags on peer ${peer}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export function announceToPeers(message: PeerMessage): void {
  if (env.CACHE_PEERS.length === 0 || ("tags" in message && message.tags.length === 0)) return;
  after(() => Promise.all(env.CACHE_PEERS.map((peer) => tell(peer, message))));
}
