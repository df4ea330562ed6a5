CREATE TABLE "FrontPageVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "layout" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "actorName" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX "FrontPageVersion_createdAt_idx" ON "FrontPageVersion"("createdAt");
