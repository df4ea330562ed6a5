import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { createClient } from "@libsql/client";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { createPostgresAdapter } from "./postgres-adapter";
import { createSqliteAdapter } from "./sqlite-adapter";
import { DatabaseUnavailableError, isDatabaseUnavailable, runInRequestScope, noteDatabaseUnavailable, unlessDatabaseUnavailable } from "./unavailable";

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  assert.fail("expected the query to fail");
}

describe("isDatabaseUnavailable, on the errors the real drivers throw", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "gazette-outage-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("PostgreSQL that refuses connections: model queries, raw queries and transactions", async () => {
    const client = new PostgresClient({ adapter: createPostgresAdapter(`postgresql://nobody:secret@127.0.0.1:${await closedPort()}/gazette`) });
    try {
      assert.ok(isDatabaseUnavailable(await failureOf(() => client.user.count())));
      assert.ok(isDatabaseUnavailable(await failureOf(() => client.$queryRawUnsafe("SELECT 1"))));
      assert.ok(isDatabaseUnavailable(await failureOf(() => client.$transaction(async (tx) => tx.user.count()))));
    } finally {
      await client.$disconnect();
    }
  });

  it("an SQLite file locked by another process", async () => {
    const url = `file:${path.join(dir, "locked.db")}`;
    const holder = createClient({ url });
    await holder.execute("PRAGMA journal_mode = WAL");
    await holder.execute("PRAGMA locking_mode = EXCLUSIVE");
    await holder.execute("BEGIN EXCLUSIVE");
    await holder.execute("CREATE TABLE held (x)");
    const client = new SqliteClient({ adapter: createSqliteAdapter(url) });
    try {
      assert.ok(isDatabaseUnavailable(await failureOf(() => client.$queryRawUnsafe("SELECT count(*) FROM held"))));
    } finally {
      holder.close();
      await client.$disconnect();
    }
  });

  it("a transaction the database was too busy to start in time (P2028): busy, not a bug", () => {
    assert.ok(isDatabaseUnavailable(Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" })));
  });

  it("is false for errors that are not about reaching the database", async () => {
    const client = new SqliteClient({ adapter: createSqliteAdapter(`file:${path.join(dir, "empty.db")}`) });
    try {
      // A missing table, a bug of ours: a 500, not "come back later".
      assert.equal(isDatabaseUnavailable(await failureOf(() => client.user.count())), false);
    } finally {
      await client.$disconnect();
    }
    assert.equal(isDatabaseUnavailable(new Error("Unique constraint failed")), false);
    assert.equal(isDatabaseUnavailable(Object.assign(new Error("duplicate"), { code: "P2002" })), false);
    assert.equal(isDatabaseUnavailable(null), false);
    assert.equal(isDatabaseUnavailable("ECONNREFUSED"), false);
  });

  it("follows causes, and knows its own error", () => {
    assert.ok(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "ECONNREFUSED" } })));
    assert.ok(isDatabaseUnavailable(new Error("auth", { cause: { err: null, kind: "x", cause: { code: "57P01" } } })));
    assert.ok(isDatabaseUnavailable(new DatabaseUnavailableError(null)));
    // A cycle of causes ends.
    const loop: { cause?: unknown; message: string } = { message: "loop" };
    loop.cause = loop;
    assert.equal(isDatabaseUnavailable(loop), false);
  });
});

describe("unlessDatabaseUnavailable", () => {
  it("answers the fallback for an outage, marks the request, and lets other errors through", async () => {
    await runInRequestScope(async (scope) => {
      assert.equal(await unlessDatabaseUnavailable(async () => "saved", () => "later"), "saved");
      assert.equal(scope.databaseUnavailable, false);
      assert.equal(await unlessDatabaseUnavailable(() => Promise.reject(Object.assign(new Error("x"), { code: "P1001" })), () => "later"), "later");
      assert.equal(scope.databaseUnavailable, true);
    });
    await assert.rejects(unlessDatabaseUnavailable(() => Promise.reject(new Error("bug")), () => "later"), /bug/);
    // Outside a request (a script), nothing to mark and nothing thrown.
    noteDatabaseUnavailable(new Error("P1001"));
  });
});
