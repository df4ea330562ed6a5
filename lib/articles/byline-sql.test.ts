import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bylineArticleSql } from "./byline-sql";

describe("bylineArticleSql", () => {
  it("starts from the author's bylines, keeps every value a bound parameter, and pages newest first", () => {
    const now = new Date("2026-11-27T12:00:00.000Z");
    const { ids, total } = bylineArticleSql("sqlite", "e1", "author'); DROP TABLE x; --", now, 20, 10);
    assert.match(ids.sql, /^SELECT a\."id" AS id FROM "ArticleByline" b CROSS JOIN "Article" a/);
    assert.match(ids.sql, /ORDER BY a\."publishedAt" DESC, a\."id" DESC LIMIT \? OFFSET \?$/);
    assert.doesNotMatch(ids.sql, /DROP/);
    assert.deepEqual(ids.values, ["author'); DROP TABLE x; --", "e1", "PUBLISHED", "SCHEDULED", "2026-11-27T12:00:00.000+00:00", 10, 20]);
    assert.match(total.sql, /^SELECT count\(\*\) AS total FROM "ArticleByline" b CROSS JOIN "Article" a/);
  });

  it("gives PostgreSQL the time as a date", () => {
    const now = new Date("2026-11-27T12:00:00.000Z");
    assert.deepEqual(bylineArticleSql("postgres", "e1", "a1", now, 0, 10).total.values, ["a1", "e1", "PUBLISHED", "SCHEDULED", now]);
  });
});
