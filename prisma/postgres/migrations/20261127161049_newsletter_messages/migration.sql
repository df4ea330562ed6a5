ALTER TABLE "NewsletterIssue" ADD COLUMN     "content" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "fanOutCursor" TEXT,
ADD COLUMN     "fanOutDone" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "OutboxMessage" ADD COLUMN     "issueId" TEXT,
ADD COLUMN     "recipientId" TEXT;
