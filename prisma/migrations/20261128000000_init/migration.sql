-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'analyst', 'executive');

-- CreateEnum
CREATE TYPE "InitiativeKind" AS ENUM ('fta_upgrade', 'mou', 'investment_agreement', 'other');

-- CreateEnum
CREATE TYPE "LifecycleStatus" AS ENUM ('announced', 'negotiating', 'signed', 'implementing', 'completed', 'on_hold', 'terminated');

-- CreateEnum
CREATE TYPE "Health" AS ENUM ('on_track', 'at_risk', 'off_track', 'not_assessed');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('korea', 'singapore', 'joint');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('not_started', 'in_progress', 'done', 'blocked', 'cancelled');

-- CreateEnum
CREATE TYPE "Provenance" AS ENUM ('sourced', 'planned_estimate');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "RecordVerdict" AS ENUM ('differs', 'unverified', 'disputed', 'consistent');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('initiative', 'milestone');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'executive',
    "deactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "publishedOn" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "InitiativeKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "focusAreas" TEXT[],
    "koreaLeads" TEXT[],
    "singaporeLeads" TEXT[],
    "launchDate" DATE NOT NULL,
    "targetStart" DATE NOT NULL,
    "targetEnd" DATE NOT NULL,
    "targetLabel" TEXT NOT NULL,
    "targetSourceId" TEXT,
    "targetNote" TEXT,
    "lifecycleStatus" "LifecycleStatus" NOT NULL,
    "health" "Health" NOT NULL DEFAULT 'not_assessed',
    "owner" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workstream" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "workstream_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_note" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "verdict" "RecordVerdict" NOT NULL,
    "briefSays" TEXT NOT NULL,
    "recordSays" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "record_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestone" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "workstreamId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "baselineDate" DATE NOT NULL,
    "plannedDate" DATE NOT NULL,
    "actualDate" DATE,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'not_started',
    "weight" INTEGER NOT NULL DEFAULT 1,
    "percentComplete" INTEGER NOT NULL DEFAULT 0,
    "provenance" "Provenance" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_event" (
    "id" TEXT NOT NULL,
    "changeSetId" TEXT NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "milestoneId" TEXT,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "effectiveDate" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "confidence" "Confidence",

    CONSTRAINT "change_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_update" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "health" "Health" NOT NULL,
    "body" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,

    CONSTRAINT "status_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_InitiativeToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InitiativeToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RecordNoteToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_RecordNoteToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MilestoneToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MilestoneToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_tokenHash_key" ON "api_token"("tokenHash");

-- CreateIndex
CREATE INDEX "api_token_userId_idx" ON "api_token"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "source_key_key" ON "source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "source_url_key" ON "source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "initiative_slug_key" ON "initiative"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "workstream_initiativeId_name_key" ON "workstream"("initiativeId", "name");

-- CreateIndex
CREATE INDEX "record_note_initiativeId_idx" ON "record_note"("initiativeId");

-- CreateIndex
CREATE INDEX "milestone_initiativeId_idx" ON "milestone"("initiativeId");

-- CreateIndex
CREATE INDEX "change_event_initiativeId_effectiveDate_idx" ON "change_event"("initiativeId", "effectiveDate");

-- CreateIndex
CREATE INDEX "change_event_milestoneId_idx" ON "change_event"("milestoneId");

-- CreateIndex
CREATE INDEX "change_event_recordedAt_idx" ON "change_event"("recordedAt");

-- CreateIndex
CREATE INDEX "status_update_initiativeId_effectiveDate_idx" ON "status_update"("initiativeId", "effectiveDate");

-- CreateIndex
CREATE INDEX "_InitiativeToSource_B_index" ON "_InitiativeToSource"("B");

-- CreateIndex
CREATE INDEX "_RecordNoteToSource_B_index" ON "_RecordNoteToSource"("B");

-- CreateIndex
CREATE INDEX "_MilestoneToSource_B_index" ON "_MilestoneToSource"("B");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_targetSourceId_fkey" FOREIGN KEY ("targetSourceId") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workstream" ADD CONSTRAINT "workstream_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_note" ADD CONSTRAINT "record_note_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "workstream"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeToSource" ADD CONSTRAINT "_InitiativeToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeToSource" ADD CONSTRAINT "_InitiativeToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RecordNoteToSource" ADD CONSTRAINT "_RecordNoteToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "record_note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RecordNoteToSource" ADD CONSTRAINT "_RecordNoteToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MilestoneToSource" ADD CONSTRAINT "_MilestoneToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MilestoneToSource" ADD CONSTRAINT "_MilestoneToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Change events are the product's memory: no code path may rewrite or remove one.
CREATE FUNCTION "change_event_is_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'change_event is append-only: % refused', TG_OP USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "change_event_append_only"
  BEFORE UPDATE OR DELETE ON "change_event"
  FOR EACH ROW EXECUTE FUNCTION "change_event_is_append_only"();
