CREATE TABLE "ImportedItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "externalSlug" TEXT,
    "entityId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables (foreign keys off: dropping the old Category table must not set Article.categoryId to NULL)
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "parentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

INSERT INTO "new_Category" ("createdAt", "description", "id", "name", "slug") SELECT "createdAt", "description", "id", "name", "slug" FROM "Category";

DROP TABLE "Category";

ALTER TABLE "new_Category" RENAME TO "Category";

CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

CREATE INDEX "Category_parentId_idx" ON "Category"("parentId");

CREATE INDEX "ImportedItem_kind_externalSlug_idx" ON "ImportedItem"("kind", "externalSlug");

CREATE INDEX "ImportedItem_kind_externalId_idx" ON "ImportedItem"("kind", "externalId");

CREATE UNIQUE INDEX "ImportedItem_source_kind_externalId_key" ON "ImportedItem"("source", "kind", "externalId");
