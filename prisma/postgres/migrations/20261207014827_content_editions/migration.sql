-- Articles, sections, tags, site pages, old slugs and front-page versions belong to one edition
-- (docs/decisions/054-content-belongs-to-an-edition.md): what exists joins the default edition, and
-- slugs become unique per edition.
ALTER TABLE "Article" ADD COLUMN "editionId" TEXT;
ALTER TABLE "Category" ADD COLUMN "editionId" TEXT;
ALTER TABLE "Tag" ADD COLUMN "editionId" TEXT;
ALTER TABLE "SitePage" ADD COLUMN "editionId" TEXT;
ALTER TABLE "SlugRedirect" ADD COLUMN "editionId" TEXT;
ALTER TABLE "FrontPageVersion" ADD COLUMN "editionId" TEXT;

UPDATE "Article" SET "editionId" = (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1);
UPDATE "Category" SET "editionId" = (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1);
UPDATE "Tag" SET "editionId" = (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1);
UPDATE "SitePage" SET "editionId" = (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1);
UPDATE "SlugRedirect" SET "editionId" = (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1);
UPDATE "FrontPageVersion" SET "editionId" = (SELECT "id" FROM "Edition" ORDER BY "isDefault" DESC, "position", "language" LIMIT 1);

ALTER TABLE "Article" ALTER COLUMN "editionId" SET NOT NULL;
ALTER TABLE "Category" ALTER COLUMN "editionId" SET NOT NULL;
ALTER TABLE "Tag" ALTER COLUMN "editionId" SET NOT NULL;
ALTER TABLE "SitePage" ALTER COLUMN "editionId" SET NOT NULL;
ALTER TABLE "SlugRedirect" ALTER COLUMN "editionId" SET NOT NULL;
ALTER TABLE "FrontPageVersion" ALTER COLUMN "editionId" SET NOT NULL;

DROP INDEX "Article_slug_key";
DROP INDEX "Category_slug_key";
DROP INDEX "FrontPageVersion_createdAt_idx";
DROP INDEX "SitePage_slug_key";
DROP INDEX "Tag_slug_key";

ALTER TABLE "SlugRedirect" DROP CONSTRAINT "SlugRedirect_pkey",
ADD CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("editionId", "fromSlug");

CREATE UNIQUE INDEX "Article_editionId_slug_key" ON "Article"("editionId", "slug");
CREATE UNIQUE INDEX "Category_editionId_slug_key" ON "Category"("editionId", "slug");
CREATE INDEX "FrontPageVersion_editionId_createdAt_idx" ON "FrontPageVersion"("editionId", "createdAt");
CREATE UNIQUE INDEX "SitePage_editionId_slug_key" ON "SitePage"("editionId", "slug");
CREATE UNIQUE INDEX "Tag_editionId_slug_key" ON "Tag"("editionId", "slug");

ALTER TABLE "Article" ADD CONSTRAINT "Article_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Category" ADD CONSTRAINT "Category_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SitePage" ADD CONSTRAINT "SitePage_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FrontPageVersion" ADD CONSTRAINT "FrontPageVersion_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
