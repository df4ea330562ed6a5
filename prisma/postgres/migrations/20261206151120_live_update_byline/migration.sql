ALTER TABLE "LiveUpdate" ADD COLUMN     "bylineId" TEXT;

ALTER TABLE "LiveUpdate" ADD CONSTRAINT "LiveUpdate_bylineId_fkey" FOREIGN KEY ("bylineId") REFERENCES "Author"("id") ON DELETE SET NULL ON UPDATE CASCADE;
