-- CreateEnum
CREATE TYPE "TrailblazerDecisionValue" AS ENUM ('SELECTED', 'NOT_SELECTED');

-- CreateTable
CREATE TABLE "TrailblazerApplication" (
    "localAuthorityGss" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "wave" INTEGER NOT NULL,
    "strands" TEXT[],
    "application" JSONB NOT NULL,
    "snapshotSha256" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrailblazerApplication_pkey" PRIMARY KEY ("localAuthorityGss")
);

-- CreateTable
CREATE TABLE "TrailblazerScore" (
    "id" TEXT NOT NULL,
    "localAuthorityGss" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrailblazerScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrailblazerDecision" (
    "id" TEXT NOT NULL,
    "localAuthorityGss" TEXT NOT NULL,
    "strand" TEXT NOT NULL,
    "wave" INTEGER NOT NULL,
    "decision" "TrailblazerDecisionValue" NOT NULL,
    "feedback" TEXT,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrailblazerDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrailblazerScore_localAuthorityGss_reviewerId_criterionId_key" ON "TrailblazerScore"("localAuthorityGss", "reviewerId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "TrailblazerDecision_localAuthorityGss_strand_wave_key" ON "TrailblazerDecision"("localAuthorityGss", "strand", "wave");

-- AddForeignKey
ALTER TABLE "TrailblazerScore" ADD CONSTRAINT "TrailblazerScore_localAuthorityGss_fkey" FOREIGN KEY ("localAuthorityGss") REFERENCES "TrailblazerApplication"("localAuthorityGss") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrailblazerDecision" ADD CONSTRAINT "TrailblazerDecision_localAuthorityGss_fkey" FOREIGN KEY ("localAuthorityGss") REFERENCES "TrailblazerApplication"("localAuthorityGss") ON DELETE CASCADE ON UPDATE CASCADE;
