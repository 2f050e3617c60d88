-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('SIGN_UP', 'PLAN', 'DELIVERY_RETURN', 'GRANT_STATEMENT');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('DRAFT', 'AWAITING_SIGN_OFF', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "SignOffDecision" AS ENUM ('SIGNED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "AllocationSource" AS ENUM ('INDICATIVE', 'TRAILBLAZER_TOP_UP');

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "localAuthorityGss" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "catalogueVersion" TEXT NOT NULL,
    "createdById" TEXT,
    "sentForSignOffAt" TIMESTAMP(3),
    "sentForSignOffById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionSection" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubmissionSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignOff" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "signerId" TEXT NOT NULL,
    "onBehalfOfId" TEXT,
    "decision" "SignOffDecision" NOT NULL,
    "reason" TEXT,
    "declaration" TEXT,
    "snapshot" JSONB,
    "snapshotSha256" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignOffDeputy" (
    "id" TEXT NOT NULL,
    "localAuthorityGss" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "nominatedById" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignOffDeputy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineExtension" (
    "id" TEXT NOT NULL,
    "localAuthorityGss" TEXT NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "periodKey" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "lockDate" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" TEXT NOT NULL,
    "localAuthorityGss" TEXT NOT NULL,
    "financialYear" TEXT NOT NULL,
    "fundingLineId" TEXT NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "source" "AllocationSource" NOT NULL DEFAULT 'INDICATIVE',
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Submission_kind_status_idx" ON "Submission"("kind", "status");

-- CreateIndex
CREATE INDEX "Submission_kind_periodKey_idx" ON "Submission"("kind", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_localAuthorityGss_kind_periodKey_revision_key" ON "Submission"("localAuthorityGss", "kind", "periodKey", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionSection_submissionId_key_key" ON "SubmissionSection"("submissionId", "key");

-- CreateIndex
CREATE INDEX "SignOff_submissionId_idx" ON "SignOff"("submissionId");

-- CreateIndex
CREATE INDEX "SignOffDeputy_localAuthorityGss_deputyId_idx" ON "SignOffDeputy"("localAuthorityGss", "deputyId");

-- CreateIndex
CREATE INDEX "Review_submissionId_idx" ON "Review"("submissionId");

-- CreateIndex
CREATE INDEX "ReviewComment_reviewId_idx" ON "ReviewComment"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineExtension_localAuthorityGss_kind_periodKey_key" ON "DeadlineExtension"("localAuthorityGss", "kind", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_localAuthorityGss_financialYear_fundingLineId_so_key" ON "Allocation"("localAuthorityGss", "financialYear", "fundingLineId", "source");

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_localAuthorityGss_fkey" FOREIGN KEY ("localAuthorityGss") REFERENCES "LocalAuthority"("gssCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionSection" ADD CONSTRAINT "SubmissionSection_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOffDeputy" ADD CONSTRAINT "SignOffDeputy_localAuthorityGss_fkey" FOREIGN KEY ("localAuthorityGss") REFERENCES "LocalAuthority"("gssCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_localAuthorityGss_fkey" FOREIGN KEY ("localAuthorityGss") REFERENCES "LocalAuthority"("gssCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_localAuthorityGss_fkey" FOREIGN KEY ("localAuthorityGss") REFERENCES "LocalAuthority"("gssCode") ON DELETE RESTRICT ON UPDATE CASCADE;
