import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unexpectedStatements } from "./migration-diff";

describe("unexpectedStatements", () => {
  it("ignores the raw-SQL search objects and keeps everything else", () => {
    const script = [
      "-- DropTable",
      'PRAGMA foreign_keys=off;',
      'DROP TABLE "ArticleSearch";',
      'DROP TABLE "ArticleSearch_data";',
      'DROP INDEX "Article_search_idx";',
      'ALTER TABLE "Article" DROP COLUMN "searchVector";',
      'ALTER TABLE "Article" DROP COLUMN "searchConfig";',
      'ALTER TABLE "User" ADD COLUMN "nickname" TEXT;',
      "",
    ].join("\n");
    assert.deepEqual(unexpectedStatements(script), ['ALTER TABLE "User" ADD COLUMN "nickname" TEXT']);
    assert.deepEqual(unexpectedStatements('DROP TABLE "ArticleSearch_idx";\n'), []);
  });
});
