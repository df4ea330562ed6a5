CREATE TABLE "Edition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'LTR',
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

CREATE UNIQUE INDEX "Edition_language_key" ON "Edition"("language");

CREATE UNIQUE INDEX "Edition_path_key" ON "Edition"("path");

-- The default edition (docs/decisions/047-editions.md): today's site locale (SITE_LOCALE in
-- lib/format-core.ts), served at / and named by its path "en" only in the rewritten tree.
INSERT INTO "Edition" ("id", "language", "name", "path", "direction", "isDefault", "position", "createdAt", "updatedAt")
VALUES ('default-edition', 'en-GB', 'English', 'en', 'LTR', true, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
