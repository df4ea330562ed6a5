CREATE TABLE "LiveCoverage" (
    "articleId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "seq" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveCoverage_pkey" PRIMARY KEY ("articleId")
);

CREATE TABLE "LiveUpdate" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "authorId" TEXT,
    "headline" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL DEFAULT '',
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "LiveUpdate_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LiveUpdateChange" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "updateId" TEXT,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "correction" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "snapshot" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveUpdateChange_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LiveUpdate_articleId_deletedAt_createdAt_idx" ON "LiveUpdate"("articleId", "deletedAt", "createdAt");

CREATE INDEX "LiveUpdateChange_updateId_createdAt_idx" ON "LiveUpdateChange"("updateId", "createdAt");

CREATE INDEX "LiveUpdateChange_correction_createdAt_idx" ON "LiveUpdateChange"("correction", "createdAt");

CREATE UNIQUE INDEX "LiveUpdateChange_articleId_seq_key" ON "LiveUpdateChange"("articleId", "seq");

ALTER TABLE "LiveCoverage" ADD CONSTRAINT "LiveCoverage_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "LiveUpdate" ADD CONSTRAINT "LiveUpdate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "LiveCoverage"("articleId") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "LiveUpdate" ADD CONSTRAINT "LiveUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "LiveUpdateChange" ADD CONSTRAINT "LiveUpdateChange_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "LiveCoverage"("articleId") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "LiveUpdateChange" ADD CONSTRAINT "LiveUpdateChange_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "LiveUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "LiveUpdateChange" ADD CONSTRAINT "LiveUpdateChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
