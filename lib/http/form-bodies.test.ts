import assert from "node:assert/strict";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { formBodies, MALFORMED_FORM_MESSAGE } from "./form-bodies";
import { composeStages } from "./pipeline";

function post(server: http.Server, body: Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const request = http.request({ port, path: "/login", method: "POST", headers: { "Content-Length": String(body.length), ...headers } }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const multipart = { "Content-Type": "multipart/form-data; boundary=XX", "Next-Action": "abc" };
const part = (headers: string, value: string) => Buffer.from(`--XX\r\n${headers}\r\n\r\n${value}\r\n--XX--\r\n`, "latin1");

async function withServer(run: (server: http.Server, received: string[]) => Promise<void>) {
  const received: string[] = [];
  const server = http.createServer(
    composeStages([formBodies], (request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        received.push(body);
        response.end("handled");
      });
    }),
  );
  server.listen(0);
  await once(server, "listening");
  try {
    await run(server, received);
  } finally {
    server.close();
  }
}

test("a well-formed multipart action body reaches the handler byte for byte", async () => {
  await withServer(async (server, received) => {
    const body = part('Content-Disposition: form-data; name="email"', "reader@example.com");
    const answer = await post(server, body, multipart);
    assert.equal(answer.text, "handled");
    assert.deepEqual(received, [body.toString("latin1")]);
  });
});

test("malformed part headers are refused with 400 before the handler sees them", async () => {
  await withServer(async (server, received) => {
    for (const headers of ['Content-Disposition: form-data; name="a"\r\nBrokenHeaderLine', ': no-name', 'Content-Disposition: form-data; name="a"; filename="x\u0000y"\r\nX\u0000: y']) {
      const answer = await post(server, part(headers, "hello"), multipart);
      assert.equal(answer.status, 400, JSON.stringify(headers));
      assert.equal(answer.text.trim(), MALFORMED_FORM_MESSAGE);
    }
    const noBoundary = await post(server, part('Content-Disposition: form-data; name="a"', "x"), { ...multipart, "Content-Type": "multipart/form-data" });
    assert.equal(noBoundary.status, 400);
    assert.deepEqual(received, []);
  });
});

test("other posts pass untouched", async () => {
  await withServer(async (server, received) => {
    const answer = await post(server, Buffer.from("a=1"), { "Content-Type": "application/x-www-form-urlencoded", "Next-Action": "abc" });
    assert.equal(answer.text, "handled");
    assert.deepEqual(received, ["a=1"]);
  });
});
