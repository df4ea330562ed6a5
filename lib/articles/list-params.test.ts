import assert from "node:assert/strict";
import { test } from "node:test";
import { BulkArticlesSchema, RescheduleSchema, articleListHref, parseArticleListParams, sortHref } from "./list-params";

test("unreadable list params mean no filter", () => {
  const params = parseArticleListParams({ status: "gone", author: "a b", section: "x".repeat(80), edition: "fr/../x", from: "2026-13-01", to: ["2026-12-06", "x"], sort: "size", dir: "up", page: "-3" });
  assert.deepEqual(params, { status: "all", q: "", author: "", section: "", edition: "", from: "", to: "2026-12-06", sort: "updated", dir: "desc", page: 1 });
});

test("titles sort A to Z by default, dates newest first", () => {
  assert.equal(parseArticleListParams({ sort: "title" }).dir, "asc");
  assert.equal(parseArticleListParams({ sort: "published" }).dir, "desc");
});

test("the list's address keeps filters and leaves out defaults", () => {
  const params = parseArticleListParams({ status: "published", author: "abc", section: "sec1", edition: "ed1", sort: "title", page: "3" });
  assert.equal(articleListHref(params), "/dashboard/articles?status=published&author=abc&section=sec1&edition=ed1&sort=title");
  assert.equal(articleListHref(params, { page: 2 }), "/dashboard/articles?status=published&author=abc&section=sec1&edition=ed1&sort=title&page=2");
  assert.equal(articleListHref(params, { edition: "" }), "/dashboard/articles?status=published&author=abc&section=sec1&sort=title");
  assert.equal(articleListHref(parseArticleListParams({})), "/dashboard/articles");
});

test("a column header reverses its own order and starts another's at its default", () => {
  const byTitle = parseArticleListParams({ sort: "title" });
  assert.equal(sortHref(byTitle, "title"), "/dashboard/articles?sort=title&dir=desc");
  assert.equal(sortHref(byTitle, "published"), "/dashboard/articles?sort=published");
});

test("bulk actions need a selection, a known action, and a section to move to", () => {
  assert.equal(BulkArticlesSchema.safeParse({ action: "publish" }).success, false);
  assert.deepEqual(BulkArticlesSchema.parse({ ids: ["a", "a", "b"], action: "unpublish" }).ids, ["a", "b"]);
  assert.deepEqual(BulkArticlesSchema.parse({ ids: "a", action: "archive" }).ids, ["a"]);
  const move = BulkArticlesSchema.safeParse({ ids: ["a"], action: "move", categoryId: "" });
  assert.equal(move.success, false);
  assert.equal(move.error?.issues[0]?.path[0], "categoryId");
  assert.equal(BulkArticlesSchema.safeParse({ ids: Array.from({ length: 101 }, (_, i) => `id${i}`), action: "publish" }).success, false);
  assert.equal(BulkArticlesSchema.safeParse({ ids: ["a"], action: "delete" }).success, false);
});

test("reschedule takes a day, not a time", () => {
  assert.equal(RescheduleSchema.safeParse({ articleId: "a1", day: "2026-12-08" }).success, true);
  assert.equal(RescheduleSchema.safeParse({ articleId: "a1", day: "2026-12-08T10:00" }).success, false);
  assert.equal(RescheduleSchema.safeParse({ articleId: "a\u0000", day: "2026-12-08" }).success, false);
});
