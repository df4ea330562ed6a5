CREATE TABLE "FrontPageVersion" (
    "id" TEXT NOT NULL,
    "layout" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "actorName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrontPageVersion_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "FrontPageVersion_createdAt_idx" ON "FrontPageVersion"("createdAt");
