CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "headers" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "dedupeKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "EmailToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "NewsletterSubscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "frequency" TEXT NOT NULL DEFAULT 'WEEKLY',
    "confirmedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "NewsletterIssue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "period" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "articleCount" INTEGER NOT NULL,
    "recipientCount" INTEGER NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "new_Reply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "parentId" TEXT,
    "authorName" TEXT NOT NULL,
    "authorEmail" TEXT NOT NULL,
    "authorWebsite" TEXT,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "ipHash" TEXT,
    "userAgent" TEXT,
    "staffUserId" TEXT,
    "moderatedById" TEXT,
    "moderatedAt" DATETIME,
    "notifyRequested" BOOLEAN NOT NULL DEFAULT false,
    "notifyConfirmedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Reply_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reply_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Reply" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reply_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Reply_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

INSERT INTO "new_Reply" ("articleId", "authorEmail", "authorName", "authorWebsite", "body", "createdAt", "id", "ipHash", "moderatedAt", "moderatedById", "parentId", "staffUserId", "status", "updatedAt", "userAgent") SELECT "articleId", "authorEmail", "authorName", "authorWebsite", "body", "createdAt", "id", "ipHash", "moderatedAt", "moderatedById", "parentId", "staffUserId", "status", "updatedAt", "userAgent" FROM "Reply";

DROP TABLE "Reply";

ALTER TABLE "new_Reply" RENAME TO "Reply";

CREATE INDEX "Reply_articleId_status_createdAt_idx" ON "Reply"("articleId", "status", "createdAt");

CREATE INDEX "Reply_status_createdAt_idx" ON "Reply"("status", "createdAt");

CREATE INDEX "Reply_authorEmail_status_idx" ON "Reply"("authorEmail", "status");

CREATE INDEX "Reply_ipHash_createdAt_idx" ON "Reply"("ipHash", "createdAt");

CREATE INDEX "Reply_parentId_idx" ON "Reply"("parentId");

CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'AUTHOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionsValidFrom" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" DATETIME,
    "notifyHeldReplies" BOOLEAN NOT NULL DEFAULT true,
    "notifyEditorial" BOOLEAN NOT NULL DEFAULT true,
    "heldRepliesNoticeAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

INSERT INTO "new_User" ("active", "createdAt", "email", "id", "lastLoginAt", "mustChangePassword", "name", "passwordHash", "role", "sessionsValidFrom", "updatedAt") SELECT "active", "createdAt", "email", "id", "lastLoginAt", "mustChangePassword", "name", "passwordHash", "role", "sessionsValidFrom", "updatedAt" FROM "User";

DROP TABLE "User";

ALTER TABLE "new_User" RENAME TO "User";

CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

CREATE UNIQUE INDEX "EmailToken_tokenHash_key" ON "EmailToken"("tokenHash");

CREATE INDEX "EmailToken_userId_purpose_idx" ON "EmailToken"("userId", "purpose");

CREATE UNIQUE INDEX "NewsletterSubscriber_email_key" ON "NewsletterSubscriber"("email");

CREATE INDEX "NewsletterSubscriber_frequency_confirmedAt_idx" ON "NewsletterSubscriber"("frequency", "confirmedAt");

CREATE UNIQUE INDEX "NewsletterIssue_period_key" ON "NewsletterIssue"("period");

CREATE INDEX "NewsletterIssue_frequency_periodEnd_idx" ON "NewsletterIssue"("frequency", "periodEnd");

CREATE INDEX "NewsletterIssue_createdAt_idx" ON "NewsletterIssue"("createdAt");
