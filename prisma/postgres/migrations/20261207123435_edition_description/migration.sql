ALTER TABLE "Edition" ADD COLUMN     "description" TEXT NOT NULL DEFAULT '';
