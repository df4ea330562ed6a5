-- Full-text search (PostgreSQL) over Article title (weight A), standfirst (B) and body text (C): a GIN
-- index on the same expression that lib/search/search-sql.ts searches (PG_SEARCH_VECTOR, whose test
-- compares the two), so the index follows every write by construction. Not part of the Prisma
-- schema: scripts/lib/migration-diff.ts knows it.
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ((
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("standfirst", '')), 'B') ||
    setweight(to_tsvector('english', coalesce("bodyText", '')), 'C')
));
