import assert from "node:assert/strict";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import type { Handler } from "./pipeline";
import { formBodies, MALFORMED_FORM_MESSAGE, multipartProblem } from "./form-bodies";
import { composeStages } from "./pipeline";

type Answer = { status: number; text: string };

function post(server: http.Server, body: Buffer, headers: Record<string, string>, agent?: http.Agent): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const request = http.request({ port, path: "/login", method: "POST", agent, headers: { "Content-Length": String(body.length), ...headers } }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const ACTION_CALL = { "Content-Type": "multipart/form-data; boundary=XX", "Next-Action": "7f00" };
const FORM_WITHOUT_SCRIPT = { "Content-Type": "multipart/form-data; boundary=XX" };
/** One part, then React's root row (the field "0") that every action call carries. */
const part = (headers: string, value: string) => Buffer.from(`--XX\r\n${headers}\r\n\r\n${value}\r\n--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--XX--\r\n`, "latin1");
const MALFORMED = ['Content-Disposition: form-data; name="x"\r\nBrokenHeaderLine', 'Content-Disposition: form-data; name="a"; filename="x\u0000y"'];

/**
 * The stage in front of a handler that reads the body and answers only later, as Next.js does (it
 * renders after reading): a connection closed under it shows as a request that never gets its answer.
 */
async function withServer(run: (server: http.Server, received: string[]) => Promise<void>) {
  const received: string[] = [];
  const handler: Handler = (request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setTimeout(resolve, 5));
      received.push(Buffer.concat(chunks).toString("latin1"));
      response.end("handled");
    })();
  };
  const server = http.createServer(composeStages([formBodies], handler));
  server.listen(0);
  await once(server, "listening");
  try {
    await run(server, received);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

test("a well-formed multipart action body reaches the handler byte for byte, and its answer reaches the client", async () => {
  await withServer(async (server, received) => {
    const body = part('Content-Disposition: form-data; name="email"', "reader@example.com");
    for (const headers of [ACTION_CALL, FORM_WITHOUT_SCRIPT]) {
      const answer = await post(server, body, headers);
      assert.deepEqual(answer, { status: 200, text: "handled" });
    }
    assert.deepEqual(received, [body.toString("latin1"), body.toString("latin1")]);
  });
});

test("a kept-alive connection serves a replayed form, then the next request on it", async () => {
  await withServer(async (server, received) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = part('Content-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png', "\u0089PNG");
      for (let n = 0; n < 3; n++) assert.deepEqual(await post(server, body, ACTION_CALL, agent), { status: 200, text: "handled" });
      assert.deepEqual(await post(server, Buffer.from("a=1"), { "Content-Type": "application/x-www-form-urlencoded" }, agent), { status: 200, text: "handled" });
      assert.equal(received.length, 4);
    } finally {
      agent.destroy();
    }
  });
});

test("malformed part headers are refused with 400 and one sentence, with or without Next.js's header, before the handler sees them", async () => {
  await withServer(async (server, received) => {
    for (const headers of MALFORMED) {
      for (const kind of [ACTION_CALL, FORM_WITHOUT_SCRIPT]) {
        const answer = await post(server, part(headers, "hello"), kind);
        assert.equal(answer.status, 400, `${JSON.stringify(headers)} ${JSON.stringify(kind)}`);
        assert.equal(answer.text.trim(), MALFORMED_FORM_MESSAGE);
      }
    }
    const noBoundary = await post(server, part('Content-Disposition: form-data; name="a"', "x"), { ...ACTION_CALL, "Content-Type": "multipart/form-data" });
    assert.equal(noBoundary.status, 400);
    // Well-formed, but an action call without React's root row: Next.js would answer 500.
    const noRoot = Buffer.from('--XX\r\nContent-Disposition: form-data; name="email"\r\n\r\nreader@example.com\r\n--XX--\r\n', "latin1");
    assert.equal((await post(server, noRoot, ACTION_CALL)).status, 400);
    assert.deepEqual(received, []);
  });
});

test("the parsers' complaints are the ones Next.js would have met", async () => {
  for (const headers of MALFORMED) {
    assert.ok(await multipartProblem({ "content-type": "multipart/form-data; boundary=XX", "next-action": "x" }, part(headers, "v")), headers);
    assert.ok(await multipartProblem({ "content-type": "multipart/form-data; boundary=XX" }, part(headers, "v")), headers);
  }
  assert.equal(await multipartProblem({ "content-type": "multipart/form-data; boundary=XX", "next-action": "x" }, part('Content-Disposition: form-data; name="a"', "v")), null);
});

test("other posts and other paths pass untouched", async () => {
  await withServer(async (server, received) => {
    assert.equal((await post(server, Buffer.from("a=1"), { "Content-Type": "application/x-www-form-urlencoded", "Next-Action": "7f00" })).text, "handled");
    assert.deepEqual(received, ["a=1"]);
  });
});
