-- Articles, sections, tags, site pages, old slugs and front-page versions belong to one edition
-- (docs/decisions/054-content-belongs-to-an-edition.md): what exists joins the default edition, and
-- slugs become unique per edition.
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
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

INSERT INTO "new_Article" ("authorId", "body", "bodyText", "categoryId", "createdAt", "editedAt", "firstPublishedAt", "heroImageAlt", "heroImageUrl", "id", "publishedAt", "repliesOpen", "seoDescription", "seoTitle", "slug", "sourceName", "sourceUrl", "standfirst", "status", "title", "updatedAt", "version", "editionId") SELECT "authorId", "body", "bodyText", "categoryId", "createdAt", "editedAt", "firstPublishedAt", "heroImageAlt", "heroImageUrl", "id", "publishedAt", "repliesOpen", "seoDescription", "seoTitle", "slug", "sourceName", "sourceUrl", "standfirst", "status", "title", "updatedAt", "version", (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1) FROM "Article";

DROP TABLE "Article";

ALTER TABLE "new_Article" RENAME TO "Article";

CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt");

CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

CREATE INDEX "Article_authorId_status_publishedAt_idx" ON "Article"("authorId", "status", "publishedAt");

CREATE INDEX "Article_categoryId_status_publishedAt_idx" ON "Article"("categoryId", "status", "publishedAt");

CREATE INDEX "Article_categoryId_publishedAt_id_idx" ON "Article"("categoryId", "publishedAt", "id");

CREATE UNIQUE INDEX "Article_editionId_slug_key" ON "Article"("editionId", "slug");

CREATE TABLE "new_Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "parentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Category_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

INSERT INTO "new_Category" ("createdAt", "description", "id", "name", "parentId", "slug", "editionId") SELECT "createdAt", "description", "id", "name", "parentId", "slug", (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1) FROM "Category";

DROP TABLE "Category";

ALTER TABLE "new_Category" RENAME TO "Category";

CREATE INDEX "Category_parentId_idx" ON "Category"("parentId");

CREATE UNIQUE INDEX "Category_editionId_slug_key" ON "Category"("editionId", "slug");

CREATE TABLE "new_FrontPageVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "layout" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "actorName" TEXT NOT NULL DEFAULT '',
    "editionId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FrontPageVersion_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

INSERT INTO "new_FrontPageVersion" ("actorId", "actorName", "createdAt", "id", "layout", "summary", "editionId") SELECT "actorId", "actorName", "createdAt", "id", "layout", "summary", (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1) FROM "FrontPageVersion";

DROP TABLE "FrontPageVersion";

ALTER TABLE "new_FrontPageVersion" RENAME TO "FrontPageVersion";

CREATE INDEX "FrontPageVersion_editionId_createdAt_idx" ON "FrontPageVersion"("editionId", "createdAt");

CREATE TABLE "new_SitePage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "bodyText" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SitePage_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

INSERT INTO "new_SitePage" ("body", "bodyText", "createdAt", "id", "published", "slug", "title", "updatedAt", "editionId") SELECT "body", "bodyText", "createdAt", "id", "published", "slug", "title", "updatedAt", (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1) FROM "SitePage";

DROP TABLE "SitePage";

ALTER TABLE "new_SitePage" RENAME TO "SitePage";

CREATE INDEX "SitePage_published_slug_idx" ON "SitePage"("published", "slug");

CREATE UNIQUE INDEX "SitePage_editionId_slug_key" ON "SitePage"("editionId", "slug");

CREATE TABLE "new_SlugRedirect" (
    "editionId" TEXT NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("editionId", "fromSlug"),
    CONSTRAINT "SlugRedirect_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SlugRedirect_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

INSERT INTO "new_SlugRedirect" ("articleId", "createdAt", "fromSlug", "editionId") SELECT "articleId", "createdAt", "fromSlug", (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1) FROM "SlugRedirect";

DROP TABLE "SlugRedirect";

ALTER TABLE "new_SlugRedirect" RENAME TO "SlugRedirect";

CREATE INDEX "SlugRedirect_articleId_idx" ON "SlugRedirect"("articleId");

CREATE TABLE "new_Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Tag_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

INSERT INTO "new_Tag" ("createdAt", "id", "name", "slug", "editionId") SELECT "createdAt", "id", "name", "slug", (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1) FROM "Tag";

DROP TABLE "Tag";

ALTER TABLE "new_Tag" RENAME TO "Tag";

CREATE UNIQUE INDEX "Tag_editionId_slug_key" ON "Tag"("editionId", "slug");

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
