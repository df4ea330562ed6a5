CREATE TABLE "ArticleByline" (
    "articleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ArticleByline_pkey" PRIMARY KEY ("articleId","authorId")
);

CREATE TABLE "ArticleCorrection" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleCorrection_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Media" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ArticleByline_authorId_articleId_idx" ON "ArticleByline"("authorId", "articleId");

CREATE INDEX "ArticleCorrection_articleId_createdAt_idx" ON "ArticleCorrection"("articleId", "createdAt");

CREATE INDEX "ArticleCorrection_createdAt_id_idx" ON "ArticleCorrection"("createdAt", "id");

CREATE UNIQUE INDEX "Media_url_key" ON "Media"("url");

CREATE INDEX "Media_createdAt_id_idx" ON "Media"("createdAt", "id");

ALTER TABLE "ArticleByline" ADD CONSTRAINT "ArticleByline_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ArticleByline" ADD CONSTRAINT "ArticleByline_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ArticleCorrection" ADD CONSTRAINT "ArticleCorrection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ArticleCorrection" ADD CONSTRAINT "ArticleCorrection_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Media" ADD CONSTRAINT "Media_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data: every article's author becomes its first byline, and every uploaded hero image becomes an
-- image of the media library with the article's alt text (docs/decisions/020-media-bylines-corrections.md).
INSERT INTO "ArticleByline" ("articleId", "authorId", "position") SELECT "id", "authorId", 0 FROM "Article";

INSERT INTO "Media" ("id", "url", "filename", "mime", "alt", "createdAt")
SELECT
    'm' || substr(md5(random()::text || "heroImageUrl"), 1, 24),
    "heroImageUrl",
    regexp_replace("heroImageUrl", '^.*/', ''),
    CASE
        WHEN lower("heroImageUrl") LIKE '%.png' THEN 'image/png'
        WHEN lower("heroImageUrl") LIKE '%.webp' THEN 'image/webp'
        WHEN lower("heroImageUrl") LIKE '%.avif' THEN 'image/avif'
        WHEN lower("heroImageUrl") LIKE '%.gif' THEN 'image/gif'
        ELSE 'image/jpeg'
    END,
    COALESCE(MAX("heroImageAlt"), ''),
    MIN("createdAt")
FROM "Article"
WHERE "heroImageUrl" LIKE '/uploads/%'
GROUP BY "heroImageUrl";
