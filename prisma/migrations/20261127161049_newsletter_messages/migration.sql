ALTER TABLE "OutboxMessage" ADD COLUMN "issueId" TEXT;

ALTER TABLE "OutboxMessage" ADD COLUMN "recipientId" TEXT;

CREATE TABLE "new_NewsletterIssue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "period" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL DEFAULT '{}',
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "articleCount" INTEGER NOT NULL,
    "recipientCount" INTEGER NOT NULL,
    "fanOutCursor" TEXT,
    "fanOutDone" BOOLEAN NOT NULL DEFAULT false,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO "new_NewsletterIssue" ("articleCount", "createdAt", "frequency", "html", "id", "period", "periodEnd", "periodStart", "recipientCount", "subject", "text") SELECT "articleCount", "createdAt", "frequency", "html", "id", "period", "periodEnd", "periodStart", "recipientCount", "subject", "text" FROM "NewsletterIssue";

DROP TABLE "NewsletterIssue";

ALTER TABLE "new_NewsletterIssue" RENAME TO "NewsletterIssue";

CREATE UNIQUE INDEX "NewsletterIssue_period_key" ON "NewsletterIssue"("period");

CREATE INDEX "NewsletterIssue_frequency_periodEnd_idx" ON "NewsletterIssue"("frequency", "periodEnd");

CREATE INDEX "NewsletterIssue_createdAt_idx" ON "NewsletterIssue"("createdAt");
