CREATE TABLE "ArticleTranslator" (
    "articleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ArticleTranslator_pkey" PRIMARY KEY ("articleId","authorId")
);

CREATE INDEX "ArticleTranslator_authorId_articleId_idx" ON "ArticleTranslator"("authorId", "articleId");

ALTER TABLE "ArticleTranslator" ADD CONSTRAINT "ArticleTranslator_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ArticleTranslator" ADD CONSTRAINT "ArticleTranslator_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
