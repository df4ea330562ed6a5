import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addressKey, clientAddress, normaliseAddress, parseProxyTrust } from "./client-address";

const none = parseProxyTrust(undefined, undefined);
const nginx = parseProxyTrust("127.0.0.1, ::1, 10.0.0.0/8", undefined);
const oneHop = parseProxyTrust("", "1");

describe("clientAddress with no trusted proxy (the default)", () => {
  it("uses the connection's address whatever X-Forwarded-For says", () => {
    for (const forwarded of ["198.51.100.1", "198.51.100.2", "198.51.100.3, 198.51.100.4", "garbage", "", null]) {
      assert.equal(clientAddress("203.0.113.9", forwarded, none), "203.0.113.9");
    }
  });

  it("cannot be escaped by appending an address to a throttled one", () => {
    assert.equal(clientAddress("203.0.113.9", "203.0.113.9, 198.51.100.7", none), "203.0.113.9");
  });

  it("reads IPv4-mapped and bracketed socket addresses as the plain address", () => {
    assert.equal(clientAddress("::ffff:127.0.0.1", null, none), "127.0.0.1");
    assert.equal(clientAddress("2001:DB8::1", null, none), "2001:db8::1");
  });

  it("answers 'unknown' without a connection address rather than believing the header", () => {
    assert.equal(clientAddress(null, "198.51.100.1", none), "unknown");
    assert.equal(clientAddress("not an address", "198.51.100.1", none), "unknown");
  });
});

describe("clientAddress behind trusted proxies", () => {
  it("takes the address our proxy appended, not the one the client wrote", () => {
    assert.equal(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9", nginx), "203.0.113.9");
    assert.equal(clientAddress("127.0.0.1", " 6.6.6.6 ,203.0.113.9 ", nginx), "203.0.113.9");
  });

  it("walks through a chain of our own proxies", () => {
    assert.equal(clientAddress("::1", "6.6.6.6, 203.0.113.9, 10.1.2.3", nginx), "203.0.113.9");
  });

  it("does not believe forwarded addresses from a connection that is not a proxy of ours", () => {
    assert.equal(clientAddress("203.0.113.50", "1.2.3.4", nginx), "203.0.113.50");
  });

  it("stops at a malformed entry: the proxy's own address stands", () => {
    assert.equal(clientAddress("127.0.0.1", "not-an-ip", nginx), "127.0.0.1");
    assert.equal(clientAddress("127.0.0.1", "6.6.6.6, unknown, 10.0.0.1", nginx), "10.0.0.1");
  });

  it("keeps IPv6 entries, with or without brackets and ports", () => {
    assert.equal(clientAddress("127.0.0.1", "[2001:db8::5]:4711", nginx), "2001:db8::5");
    assert.equal(clientAddress("127.0.0.1", "2001:DB8::5", nginx), "2001:db8::5");
    assert.equal(clientAddress("127.0.0.1", "203.0.113.9:5555", nginx), "203.0.113.9");
  });
});

describe("clientAddress with a hop count", () => {
  it("takes the entry that many places from the right", () => {
    assert.equal(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", oneHop), "203.0.113.9");
    assert.equal(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.3", parseProxyTrust("", "2")), "203.0.113.9");
  });

  it("falls back to the nearest good address when the chain is short or malformed", () => {
    assert.equal(clientAddress("10.0.0.2", null, oneHop), "10.0.0.2");
    assert.equal(clientAddress("10.0.0.2", "junk", oneHop), "10.0.0.2");
    assert.equal(clientAddress("10.0.0.2", "203.0.113.9", parseProxyTrust("", "3")), "203.0.113.9");
  });
});

describe("parseProxyTrust", () => {
  it("refuses what it cannot read, and both settings at once", () => {
    assert.throws(() => parseProxyTrust("10.0.0.0/33", undefined));
    assert.throws(() => parseProxyTrust("proxy.internal", undefined));
    assert.throws(() => parseProxyTrust("10.0.0.1", "1"));
    assert.throws(() => parseProxyTrust(undefined, "-1"));
    assert.throws(() => parseProxyTrust(undefined, "one"));
    assert.deepEqual(parseProxyTrust(" , ", "0"), { kind: "none" });
  });
});

describe("normaliseAddress and addressKey", () => {
  it("rejects anything that is not an address", () => {
    for (const value of ["", "unknown", "1.2.3", "1.2.3.4.5", "::g", "<script>"]) assert.equal(normaliseAddress(value), null);
  });

  it("counts IPv6 per /64 so a client cannot rotate through its own network", () => {
    assert.equal(addressKey("2001:db8:1:2:aaaa::1"), addressKey("2001:db8:1:2:ffff:1:2:3"));
    assert.notEqual(addressKey("2001:db8:1:2::1"), addressKey("2001:db8:1:3::1"));
    assert.equal(addressKey("::1"), "0:0:0:0::/64");
    assert.equal(addressKey("203.0.113.9"), "203.0.113.9");
  });
});
