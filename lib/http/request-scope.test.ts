import assert from "node:assert/strict";
import http from "node:http";
import { test } from "node:test";
import { noteDatabaseUnavailable } from "@/lib/db/unavailable";
import { composeStages } from "./pipeline";
import { requestScope } from "./request-scope";
import { requestTo } from "./test-request";

const unreachable = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

test("a 500 caused by an unreachable database goes out as a 503 with Retry-After, not cached", async () => {
  const server = http
    .createServer(
      composeStages([requestScope], (_request, response) => {
        // Later, as a query fails inside a render: the scope follows the request's async work.
        setTimeout(() => {
          noteDatabaseUnavailable(unreachable);
          response.statusCode = 500;
          response.setHeader("Cache-Control", "s-maxage=60");
          response.end("failed");
        }, 5);
      }),
    )
    .listen(0);
  try {
    const answer = await requestTo(server, "/");
    assert.equal(answer.status, 503);
    assert.equal(answer.headers["retry-after"], "30");
    assert.equal(answer.headers["cache-control"], "no-store");
  } finally {
    server.close();
  }
});

test("any other 500 stays a 500, and each request has a scope of its own", async () => {
  let calls = 0;
  const server = http
    .createServer(
      composeStages([requestScope], (_request, response) => {
        if (calls++ === 0) noteDatabaseUnavailable(unreachable);
        response.statusCode = calls === 1 ? 200 : 500;
        response.end();
      }),
    )
    .listen(0);
  try {
    assert.equal((await requestTo(server, "/")).status, 200);
    assert.equal((await requestTo(server, "/")).status, 500);
  } finally {
    server.close();
  }
});
