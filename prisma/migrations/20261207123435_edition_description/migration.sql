-- The tagline of each edition, in its language (empty: the site's SITE_DESCRIPTION).
ALTER TABLE "Edition" ADD COLUMN "description" TEXT NOT NULL DEFAULT '';
