import assert from "node:assert/strict";
import { once } from "node:events";
import http from "node:http";
import { test } from "node:test";
import { PEER_ADDRESS_HEADER, peerAddress } from "./peer-address";
import { composeStages } from "./pipeline";
import { requestTo } from "./test-request";

test("the connection's address replaces a header of that name sent by the client", async () => {
  const server = http
    .createServer(composeStages([peerAddress], (request, response) => response.end(String(request.headers[PEER_ADDRESS_HEADER]))))
    .listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    const answer = await requestTo(server, "/", { [PEER_ADDRESS_HEADER]: "203.0.113.9" });
    assert.equal(answer.body, "127.0.0.1");
  } finally {
    server.close();
  }
});
