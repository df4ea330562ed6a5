import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Prisma } from "./db";
import { Prisma as PostgresPrisma } from "./generated/postgres/client";

describe("Prisma namespace of lib/db", () => {
  // lib/db exports the SQLite client's namespace; raw SQL built with it must run on PostgreSQL too.
  it("builds raw SQL with the same runtime the PostgreSQL client uses", () => {
    assert.equal(Prisma.sql, PostgresPrisma.sql);
    assert.equal(Prisma.join, PostgresPrisma.join);
    assert.equal(Prisma.raw, PostgresPrisma.raw);
    assert.equal(Prisma.Sql, PostgresPrisma.Sql);
  });

  it("numbers parameters for each database", () => {
    const statement = Prisma.sql`SELECT 1 WHERE a IN (${Prisma.join(["x", "y"])}) AND b = ${1}`;
    assert.equal(statement.sql, "SELECT 1 WHERE a IN (?,?) AND b = ?");
    assert.equal(statement.text, "SELECT 1 WHERE a IN ($1,$2) AND b = $3");
    assert.deepEqual(statement.values, ["x", "y", 1]);
  });
});
