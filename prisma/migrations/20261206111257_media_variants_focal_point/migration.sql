PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

CREATE TABLE "new_Media" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "byteSize" INTEGER,
    "alt" TEXT NOT NULL DEFAULT '',
    "caption" TEXT NOT NULL DEFAULT '',
    "credit" TEXT NOT NULL DEFAULT '',
    "uploadedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "variantWidths" TEXT NOT NULL DEFAULT '',
    "originalKey" TEXT,
    "originalMetadata" TEXT NOT NULL DEFAULT '',
    "focalX" REAL NOT NULL DEFAULT 50,
    "focalY" REAL NOT NULL DEFAULT 50,
    CONSTRAINT "Media_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

INSERT INTO "new_Media" ("alt", "byteSize", "caption", "createdAt", "credit", "filename", "height", "id", "mime", "uploadedById", "url", "width") SELECT "alt", "byteSize", "caption", "createdAt", "credit", "filename", "height", "id", "mime", "uploadedById", "url", "width" FROM "Media";

DROP TABLE "Media";

ALTER TABLE "new_Media" RENAME TO "Media";

CREATE UNIQUE INDEX "Media_url_key" ON "Media"("url");

CREATE INDEX "Media_createdAt_id_idx" ON "Media"("createdAt", "id");

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
