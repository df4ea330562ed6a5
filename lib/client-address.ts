// Which address a request came from, for the per-address limits (sign-in throttling, replies).
// X-Forwarded-For is written by whoever sends the request: only the entries added by proxies we run
// may be believed, so we walk the chain from the right (the connection's own address, then what each
// trusted proxy appended) and stop at the first address that is not one of our proxies.
// docs/decisions/014-sign-in-hardening.md, docs/deploy/README.md ("Client addresses")
import { BlockList, isIP } from "node:net";

export type ProxyTrust =
  /** Nothing is trusted: the connection's own address (the default). */
  | { kind: "none" }
  /** Connections from these addresses are proxies of ours; their X-Forwarded-For entry is believed. */
  | { kind: "addresses"; list: BlockList }
  /** Exactly this many proxies stand in front: the entry that many places left of the connection's address. */
  | { kind: "hops"; hops: number };

/** Parses TRUSTED_PROXIES ("10.0.0.0/8, 127.0.0.1, ::1") and TRUSTED_PROXY_HOPS ("1"); throws on nonsense. */
export function parseProxyTrust(addresses: string | undefined, hops: string | undefined): ProxyTrust {
  const entries = (addresses ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const hopCount = hops?.trim() ? Number(hops.trim()) : 0;
  if (!Number.isInteger(hopCount) || hopCount < 0 || hopCount > 10) {
    throw new Error("TRUSTED_PROXY_HOPS must be a whole number from 0 to 10");
  }
  if (entries.length > 0 && hopCount > 0) throw new Error("Set TRUSTED_PROXIES or TRUSTED_PROXY_HOPS, not both");
  if (hopCount > 0) return { kind: "hops", hops: hopCount };
  if (entries.length === 0) return { kind: "none" };
  const list = new BlockList();
  for (const entry of entries) {
    const [network, prefix, ...rest] = entry.split("/");
    const address = normaliseAddress(network ?? "");
    const type = address && isIP(address) === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? (type === "ipv6" ? 128 : 32) : Number(prefix);
    if (!address || rest.length > 0 || !Number.isInteger(bits) || bits < 0 || bits > (type === "ipv6" ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(address, bits, type);
  }
  return { kind: "addresses", list };
}

/**
 * An address as written in a header or by the socket, in one canonical form, or null when it is not
 * an address: brackets and ports removed ("[::1]:443", "203.0.113.5:8080"), IPv4-mapped IPv6
 * ("::ffff:127.0.0.1", what Node reports on a dual-stack socket) as plain IPv4, IPv6 in lower case.
 */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "").toLowerCase(); // zone index (fe80::1%eth0)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value : null;
}

/**
 * The client's address. `peer` is the address of the connection (set by lib/peer-address.ts, never
 * taken from the client); `forwarded` the X-Forwarded-For header as received.
 */
export function clientAddress(peer: string | null | undefined, forwarded: string | null | undefined, trust: ProxyTrust): string {
  const connection = peer ? normaliseAddress(peer) : null;
  if (!connection) return "unknown";
  if (trust.kind === "none") return connection;
  // Right to left: the connection, then what the nearest proxy appended, and so on.
  const chain = (forwarded ?? "").split(",").reverse();
  if (trust.kind === "hops") {
    let address = connection;
    for (const entry of chain.slice(0, trust.hops)) {
      const next = normaliseAddress(entry);
      // A malformed or missing entry was not written by one of our proxies: the last good one stands.
      if (!next) break;
      address = next;
    }
    return address;
  }
  let address = connection;
  for (const entry of chain) {
    if (!isTrusted(trust.list, address)) break;
    const next = normaliseAddress(entry);
    if (!next) break;
    address = next;
  }
  return address;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The key a per-address limit counts under: the address itself for IPv4, its /64 network for IPv6
 * (one subscriber usually holds a whole /64 and could otherwise rotate through it).
 */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  let value = address;
  const embedded = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(value);
  if (embedded) {
    const [a, b, c, d] = embedded.slice(1).map(Number) as [number, number, number, number];
    value = value.slice(0, embedded.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = value.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}
