import "server-only";
import { clientAddress, parseProxyTrust } from "@/lib/client-address";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

// Parsed once per process (instrumentation.ts already refused a bad value at start).
const trust = parseProxyTrust(process.env.TRUSTED_PROXIES, process.env.TRUSTED_PROXY_HOPS);

/**
 * The caller's IP address: the connection's own address unless it is a trusted proxy
 * (TRUSTED_PROXIES / TRUSTED_PROXY_HOPS), in which case the address that proxy saw
 * (lib/client-address.ts, docs/decisions/014-sign-in-hardening.md).
 */
export function ipFromHeaders(h: Headers): string {
  return clientAddress(h.get(PEER_ADDRESS_HEADER), h.get("x-forwarded-for"), trust);
}
