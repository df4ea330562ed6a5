CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");
