-- The search document is stored beside each article ("searchVector", kept up to date by PostgreSQL
-- on every write) and the GIN index covers that column. Matching used the expression index already;
-- ranking did not: ts_rank parsed every matching article's text again, so a page of results for a
-- common word took about a second at 100,000 articles (docs/decisions/025-cached-pages-at-full-speed.md).
-- Not part of the Prisma schema (Prisma cannot model a generated column): scripts/lib/migration-diff.ts
-- knows it, and lib/search/search-sql.ts (PG_SEARCH_VECTOR) must stay this expression.
DROP INDEX IF EXISTS "Article_search_idx";

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("standfirst", '')), 'B') ||
    setweight(to_tsvector('english', coalesce("bodyText", '')), 'C')
) STORED;

CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("searchVector");
