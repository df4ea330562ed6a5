import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { createSqliteAdapter } from "./sqlite-adapter";

const dir = mkdtempSync(path.join(tmpdir(), "gazette-sqlite-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("the SQLite adapter", () => {
  it("keeps its connection settings after a transaction (libsql opens a new connection then)", async () => {
    const adapter = await createSqliteAdapter(`file:${path.join(dir, "settings.db")}`).connect();
    const value = async (sql: string) => (await adapter.queryRaw({ sql, args: [], argTypes: [] })).rows[0]?.[0];
    assert.equal(await value("PRAGMA busy_timeout"), 10000);
    for (let i = 0; i < 2; i++) {
      const tx = await adapter.startTransaction();
      await tx.commit();
      assert.equal(await value("PRAGMA busy_timeout"), 10000, `after transaction ${i + 1}`);
      assert.equal(await value("PRAGMA foreign_keys"), 1);
    }
    await adapter.dispose();
  });
});
