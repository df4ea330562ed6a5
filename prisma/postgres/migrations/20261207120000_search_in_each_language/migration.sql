-- Each article is searched in its edition's language (docs/decisions/062-search-in-each-language.md):
-- "searchConfig" holds its text-search configuration, chosen from the edition's language by the
-- function search_config, and "searchVector" is built with it. Triggers keep the column right
-- whatever writes the article (the editor, "Add translation", imports, restores): on insert and on a
-- change of edition, from the edition's language, and for every article of an edition whose language
-- changes. search_config must give what lib/search/search-config.ts gives (search-sql.test.ts checks
-- it), and the vector's expression must stay PG_SEARCH_VECTOR in lib/search/search-sql.ts.
-- Outside the Prisma schema, as "searchVector" is: scripts/lib/migration-diff.ts knows these names.
-- The configuration is kept as its name (text), not as a regconfig: pg_upgrade refuses user tables
-- with reg* columns whose OIDs it cannot keep (regconfig among them), which would stop a major
-- version upgrade. search_document casts the name where the vector is made.

CREATE FUNCTION search_config(language text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT (CASE lower(split_part(language, '-', 1))
    WHEN 'ar' THEN 'arabic'
    WHEN 'ca' THEN 'catalan'
    WHEN 'da' THEN 'danish'
    WHEN 'de' THEN 'german'
    WHEN 'el' THEN 'greek'
    WHEN 'en' THEN 'english'
    WHEN 'es' THEN 'spanish'
    WHEN 'eu' THEN 'basque'
    WHEN 'fi' THEN 'finnish'
    WHEN 'fr' THEN 'french'
    WHEN 'ga' THEN 'irish'
    WHEN 'hi' THEN 'hindi'
    WHEN 'hu' THEN 'hungarian'
    WHEN 'hy' THEN 'armenian'
    WHEN 'id' THEN 'indonesian'
    WHEN 'it' THEN 'italian'
    WHEN 'lt' THEN 'lithuanian'
    WHEN 'nb' THEN 'norwegian'
    WHEN 'ne' THEN 'nepali'
    WHEN 'nl' THEN 'dutch'
    WHEN 'nn' THEN 'norwegian'
    WHEN 'no' THEN 'norwegian'
    WHEN 'pt' THEN 'portuguese'
    WHEN 'ro' THEN 'romanian'
    WHEN 'ru' THEN 'russian'
    WHEN 'sr' THEN 'serbian'
    WHEN 'sv' THEN 'swedish'
    WHEN 'ta' THEN 'tamil'
    WHEN 'tr' THEN 'turkish'
    WHEN 'yi' THEN 'yiddish'
    ELSE 'simple'
  END)
$$;

-- Title (weight A), standfirst (B) and body (C) in configuration "config". IMMUTABLE, as a stored
-- column needs: the configurations it is given are the built-in ones named above, which do not change.
CREATE FUNCTION search_document(config text, title text, standfirst text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(to_tsvector(config::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector(config::regconfig, coalesce(standfirst, '')), 'B') ||
    setweight(to_tsvector(config::regconfig, coalesce(body, '')), 'C');

-- The old English-only vector goes first: the new column is filled, then the vector made from it.
DROP INDEX IF EXISTS "Article_search_idx";
ALTER TABLE "Article" DROP COLUMN "searchVector";

ALTER TABLE "Article" ADD COLUMN "searchConfig" text NOT NULL DEFAULT 'simple';
UPDATE "Article" SET "searchConfig" = search_config("Edition"."language")
  FROM "Edition" WHERE "Edition"."id" = "Article"."editionId";

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    search_document("searchConfig", "title", "standfirst", "bodyText")
) STORED;

CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("searchVector");

-- A new article, or one moved to another edition, takes its edition's configuration. BEFORE, so the
-- generated vector is computed with it. The bodies below are E'' strings with \073 for each semicolon
-- because the migration runner splits a script at every semicolon, including those in a $$ body.
-- Each trigger function keeps the search path it was made with, so a restore that empties it
-- (pg_dump's data-only scripts) still finds the functions and tables.
CREATE FUNCTION article_search_config() RETURNS trigger
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS E'
BEGIN
  NEW."searchConfig" := search_config((SELECT "language" FROM "Edition" WHERE "id" = NEW."editionId"))\073
  RETURN NEW\073
END';

CREATE TRIGGER "Article_searchConfig" BEFORE INSERT OR UPDATE OF "editionId" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_search_config();

-- An edition whose language changes re-indexes its articles (each row's vector is computed again),
-- in the same transaction as the change: on a large edition the save takes as long as that.
CREATE FUNCTION edition_search_config() RETURNS trigger
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS E'
BEGIN
  UPDATE "Article" SET "searchConfig" = search_config(NEW."language")
   WHERE "editionId" = NEW."id" AND "searchConfig" <> search_config(NEW."language")\073
  RETURN NULL\073
END';

CREATE TRIGGER "Edition_searchConfig" AFTER UPDATE OF "language" ON "Edition"
  FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language") EXECUTE FUNCTION edition_search_config();
