-- Full-text search (SQLite FTS5) over Article title, standfirst and body text ("bodyText", the
-- body document's words, as "body" itself is JSON). Maintained by
-- triggers, so the index follows every insert, update and delete, however it is made. Reader
-- queries join back to "Article" and filter on publication (lib/search/queries.ts).
-- Not part of the Prisma schema: scripts/lib/migration-diff.ts knows these objects, and
-- `npm run db:new-migration` re-appends this file whenever a migration rebuilds "Article".
DROP TRIGGER IF EXISTS "ArticleSearch_after_insert";
DROP TRIGGER IF EXISTS "ArticleSearch_after_delete";
DROP TRIGGER IF EXISTS "ArticleSearch_after_update";
DROP TABLE IF EXISTS "ArticleSearch";
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    title, standfirst, "bodyText",
    content='Article', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');
CREATE TRIGGER "ArticleSearch_after_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch"(rowid, title, standfirst, "bodyText") VALUES (new.rowid, new.title, new.standfirst, new."bodyText");
END;
CREATE TRIGGER "ArticleSearch_after_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, title, standfirst, "bodyText") VALUES ('delete', old.rowid, old.title, old.standfirst, old."bodyText");
END;
CREATE TRIGGER "ArticleSearch_after_update" AFTER UPDATE OF title, standfirst, "bodyText" ON "Article" BEGIN
    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, title, standfirst, "bodyText") VALUES ('delete', old.rowid, old.title, old.standfirst, old."bodyText");
    INSERT INTO "ArticleSearch"(rowid, title, standfirst, "bodyText") VALUES (new.rowid, new.title, new.standfirst, new."bodyText");
END;
