PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

CREATE TABLE "new_LiveUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "authorId" TEXT,
    "bylineId" TEXT,
    "headline" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL DEFAULT '',
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    CONSTRAINT "LiveUpdate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "LiveCoverage" ("articleId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "LiveUpdate_bylineId_fkey" FOREIGN KEY ("bylineId") REFERENCES "Author" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

INSERT INTO "new_LiveUpdate" ("articleId", "authorId", "body", "bodyText", "createdAt", "deletedAt", "headline", "id", "keyEvent", "pinned", "updatedAt", "version") SELECT "articleId", "authorId", "body", "bodyText", "createdAt", "deletedAt", "headline", "id", "keyEvent", "pinned", "updatedAt", "version" FROM "LiveUpdate";

DROP TABLE "LiveUpdate";

ALTER TABLE "new_LiveUpdate" RENAME TO "LiveUpdate";

CREATE INDEX "LiveUpdate_articleId_deletedAt_createdAt_idx" ON "LiveUpdate"("articleId", "deletedAt", "createdAt");

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
