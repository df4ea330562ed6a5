ALTER TABLE "Category" ADD COLUMN     "parentId" TEXT;

CREATE TABLE "ImportedItem" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "externalSlug" TEXT,
    "entityId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedItem_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ImportedItem_kind_externalSlug_idx" ON "ImportedItem"("kind", "externalSlug");

CREATE INDEX "ImportedItem_kind_externalId_idx" ON "ImportedItem"("kind", "externalId");

CREATE UNIQUE INDEX "ImportedItem_source_kind_externalId_key" ON "ImportedItem"("source", "kind", "externalId");

CREATE INDEX "Category_parentId_idx" ON "Category"("parentId");

ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;
