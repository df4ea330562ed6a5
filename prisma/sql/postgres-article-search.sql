-- Full-text search (PostgreSQL) over Article title (weight A), standfirst (B) and body text (C): a
-- stored generated column holds the same expression that lib/search/search-sql.ts names
-- (PG_SEARCH_VECTOR, whose test compares the two), so it follows every write by construction, and a
-- GIN index covers it. Created by prisma/postgres/migrations/20261127230000_search_vector; this file is
-- the reference copy. Not part of the Prisma schema: scripts/lib/migration-diff.ts knows it.
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("standfirst", '')), 'B') ||
    setweight(to_tsvector('english', coalesce("bodyText", '')), 'C')
) STORED;

CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("searchVector");
