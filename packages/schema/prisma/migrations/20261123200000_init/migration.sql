-- CreateEnum
CREATE TYPE "WardKind" AS ENUM ('phuong', 'xa');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('plan', 'report');

-- CreateEnum
CREATE TYPE "Unit" AS ENUM ('percent', 'index', 'vnd', 'count', 'countPerYear', 'boolean');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('higher', 'lower', 'range');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('quantitative', 'qualitative');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('gte', 'gt', 'eq', 'lte', 'lt', 'range');

-- CreateEnum
CREATE TYPE "ObservationSource" AS ENUM ('seed', 'user', 'import');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('not_started', 'in_progress', 'done', 'blocked');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('city_admin', 'ward_editor', 'viewer');

-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('csv', 'xlsx');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('pending', 'validating', 'applying', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "Ward" (
    "slug" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "WardKind" NOT NULL,

    CONSTRAINT "Ward_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" TEXT NOT NULL,
    "wardSlug" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "numberAsPrinted" TEXT NOT NULL,
    "dateAsPrinted" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "periodStart" INTEGER NOT NULL,
    "periodEnd" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pillar" (
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "descriptionEn" TEXT NOT NULL,

    CONSTRAINT "Pillar_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "direction" "Direction" NOT NULL,
    "pillarCode" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL,
    "cityFramework" BOOLEAN NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "IndicatorAlias" (
    "id" SERIAL NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "wardSlug" TEXT NOT NULL,
    "wording" TEXT NOT NULL,

    CONSTRAINT "IndicatorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" TEXT NOT NULL,
    "wardSlug" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "comparator" "Comparator",
    "value" DECIMAL(20,6),
    "valueHigh" DECIMAL(20,6),
    "unit" "Unit",
    "wording" TEXT NOT NULL,
    "leadAgency" TEXT,
    "recurring" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "sourceSection" TEXT NOT NULL,
    "sourceRow" TEXT NOT NULL,
    "sourceColumn" TEXT,
    "sourceLine" INTEGER NOT NULL,
    "sourceLineEnd" INTEGER,
    "sourceText" TEXT NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" TEXT NOT NULL,
    "wardSlug" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL DEFAULT 0,
    "month" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "value" DECIMAL(20,6),
    "met" BOOLEAN,
    "numerator" DECIMAL(20,6),
    "denominator" DECIMAL(20,6),
    "source" "ObservationSource" NOT NULL,
    "sourceFile" TEXT,
    "sourceLine" INTEGER,
    "sourceText" TEXT,
    "note" TEXT,
    "supersedesId" TEXT,
    "createdById" TEXT,
    "importJobId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "wardSlug" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "leadUnit" TEXT NOT NULL,
    "partnerUnits" TEXT,
    "output" TEXT,
    "timingAsPrinted" TEXT,
    "dueDate" DATE,
    "recurring" BOOLEAN NOT NULL DEFAULT false,
    "reference" TEXT,
    "sourceSection" TEXT NOT NULL,
    "sourceLine" INTEGER NOT NULL,
    "sourceText" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'not_started',

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskStatusChange" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "fromStatus" "TaskStatus" NOT NULL,
    "toStatus" "TaskStatus" NOT NULL,
    "note" TEXT,
    "changedById" TEXT,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMPTZ(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserWard" (
    "userId" TEXT NOT NULL,
    "wardSlug" TEXT NOT NULL,

    CONSTRAINT "UserWard_pkey" PRIMARY KEY ("userId","wardSlug")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" "ImportFormat" NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'pending',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "validRows" INTEGER NOT NULL DEFAULT 0,
    "errorRows" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_file_key" ON "SourceDocument"("file");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_unit_key" ON "Indicator"("code", "unit");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorAlias_indicatorCode_wardSlug_wording_key" ON "IndicatorAlias"("indicatorCode", "wardSlug", "wording");

-- CreateIndex
CREATE INDEX "Target_wardSlug_indicatorCode_year_idx" ON "Target"("wardSlug", "indicatorCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_supersedesId_key" ON "Observation"("supersedesId");

-- CreateIndex
CREATE INDEX "Observation_wardSlug_indicatorCode_year_idx" ON "Observation"("wardSlug", "indicatorCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_period_version_key" ON "Observation"("wardSlug", "indicatorCode", "year", "quarter", "month", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Task_wardSlug_code_key" ON "Task"("wardSlug", "code");

-- CreateIndex
CREATE INDEX "TaskStatusChange_taskId_changedAt_idx" ON "TaskStatusChange"("taskId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_wardSlug_fkey" FOREIGN KEY ("wardSlug") REFERENCES "Ward"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_pillarCode_fkey" FOREIGN KEY ("pillarCode") REFERENCES "Pillar"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorAlias" ADD CONSTRAINT "IndicatorAlias_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorAlias" ADD CONSTRAINT "IndicatorAlias_wardSlug_fkey" FOREIGN KEY ("wardSlug") REFERENCES "Ward"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_wardSlug_fkey" FOREIGN KEY ("wardSlug") REFERENCES "Ward"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_wardSlug_fkey" FOREIGN KEY ("wardSlug") REFERENCES "Ward"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_indicatorCode_unit_fkey" FOREIGN KEY ("indicatorCode", "unit") REFERENCES "Indicator"("code", "unit") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Observation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "ImportJob"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_wardSlug_fkey" FOREIGN KEY ("wardSlug") REFERENCES "Ward"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskStatusChange" ADD CONSTRAINT "TaskStatusChange_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskStatusChange" ADD CONSTRAINT "TaskStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserWard" ADD CONSTRAINT "UserWard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserWard" ADD CONSTRAINT "UserWard_wardSlug_fkey" FOREIGN KEY ("wardSlug") REFERENCES "Ward"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
