CREATE INDEX "Article_categoryId_publishedAt_id_idx" ON "Article"("categoryId", "publishedAt", "id");
