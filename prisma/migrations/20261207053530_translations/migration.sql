-- Translations (docs/decisions/055-translations.md): the versions of one story share a
-- translationGroup, one per edition, and a translation points at its source. SQLite rebuilds the
-- table to add a foreign key, so the search index is put back at the end.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "bodyText" TEXT NOT NULL DEFAULT '',
    "sourceName" TEXT,
    "sourceUrl" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "firstPublishedAt" DATETIME,
    "editedAt" DATETIME,
    "authorId" TEXT NOT NULL,
    "categoryId" TEXT,
    "heroImageUrl" TEXT,
    "heroImageAlt" TEXT,
    "repliesOpen" BOOLEAN NOT NULL DEFAULT true,
    "seoTitle" TEXT,
    "seoDescription" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "translationGroup" TEXT,
    "translationSourceId" TEXT,
    "sourceSeenAt" DATETIME,
    "contentChangedAt" DATETIME,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_translationSourceId_fkey" FOREIGN KEY ("translationSourceId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

INSERT INTO "new_Article" ("authorId", "body", "bodyText", "categoryId", "createdAt", "editedAt", "editionId", "firstPublishedAt", "heroImageAlt", "heroImageUrl", "id", "publishedAt", "repliesOpen", "seoDescription", "seoTitle", "slug", "sourceName", "sourceUrl", "standfirst", "status", "title", "updatedAt", "version") SELECT "authorId", "body", "bodyText", "categoryId", "createdAt", "editedAt", "editionId", "firstPublishedAt", "heroImageAlt", "heroImageUrl", "id", "publishedAt", "repliesOpen", "seoDescription", "seoTitle", "slug", "sourceName", "sourceUrl", "standfirst", "status", "title", "updatedAt", "version" FROM "Article";

DROP TABLE "Article";

ALTER TABLE "new_Article" RENAME TO "Article";

CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt");

CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

CREATE INDEX "Article_authorId_status_publishedAt_idx" ON "Article"("authorId", "status", "publishedAt");

CREATE INDEX "Article_categoryId_status_publishedAt_idx" ON "Article"("categoryId", "status", "publishedAt");

CREATE INDEX "Article_categoryId_publishedAt_id_idx" ON "Article"("categoryId", "publishedAt", "id");

CREATE INDEX "Article_translationSourceId_idx" ON "Article"("translationSourceId");

CREATE UNIQUE INDEX "Article_editionId_slug_key" ON "Article"("editionId", "slug");

CREATE UNIQUE INDEX "Article_translationGroup_editionId_key" ON "Article"("translationGroup", "editionId");

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
