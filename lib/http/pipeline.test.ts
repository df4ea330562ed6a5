import assert from "node:assert/strict";
import http from "node:http";
import { test } from "node:test";
import { composeStages, type Stage } from "./pipeline";
import { requestTo } from "./test-request";

const recorder = (name: string, seen: string[], answer = false): Stage => ({
  name,
  run(_request, response, next) {
    seen.push(name);
    if (answer) response.end(`answered by ${name}`);
    else next();
  },
});

test("stages run in the order listed, then the last handler", async () => {
  const seen: string[] = [];
  const handler = composeStages([recorder("a", seen), recorder("b", seen)], (_request, response) => {
    seen.push("app");
    response.end("app");
  });
  const server = http.createServer(handler).listen(0);
  try {
    const answer = await requestTo(server, "/");
    assert.equal(answer.body, "app");
    assert.deepEqual(seen, ["a", "b", "app"]);
  } finally {
    server.close();
  }
});

test("a stage that answers stops the request there", async () => {
  const seen: string[] = [];
  const handler = composeStages([recorder("a", seen, true), recorder("b", seen)], () => seen.push("app"));
  const server = http.createServer(handler).listen(0);
  try {
    const answer = await requestTo(server, "/");
    assert.equal(answer.body, "answered by a");
    assert.deepEqual(seen, ["a"]);
  } finally {
    server.close();
  }
});
