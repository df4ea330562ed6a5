-- Translations (docs/decisions/055-translations.md): the versions of one story share a
-- translationGroup, one per edition, and a translation points at its source. Written by hand, as
-- Prisma's diff puts these columns in the same statement as the search vector, which
-- scripts/lib/migration-diff.ts leaves out on purpose.
ALTER TABLE "Article" ADD COLUMN "translationGroup" TEXT,
ADD COLUMN "translationSourceId" TEXT,
ADD COLUMN "sourceSeenAt" TIMESTAMP(3),
ADD COLUMN "contentChangedAt" TIMESTAMP(3);

CREATE INDEX "Article_translationSourceId_idx" ON "Article"("translationSourceId");

CREATE UNIQUE INDEX "Article_translationGroup_editionId_key" ON "Article"("translationGroup", "editionId");

ALTER TABLE "Article" ADD CONSTRAINT "Article_translationSourceId_fkey" FOREIGN KEY ("translationSourceId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
