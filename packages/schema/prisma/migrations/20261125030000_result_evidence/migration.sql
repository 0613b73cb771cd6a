-- Results entered in the dashboard or imported say where the figure comes from: the kind of
-- source and the evidence (a document's number as printed, a link). The note column already
-- holds a free-text note. Observation stays append-only (its trigger is unchanged): evidence is
-- written with the version it belongs to, and a correction carries its own.
CREATE TYPE "EvidenceType" AS ENUM ('report', 'statistics', 'survey', 'administrative', 'other');
ALTER TABLE "Observation"
  ADD COLUMN "evidenceType" "EvidenceType",
  ADD COLUMN "evidenceNumber" TEXT,
  ADD COLUMN "evidenceUrl" TEXT;
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_evidence_check" CHECK (
  ("evidenceNumber" IS NULL OR length("evidenceNumber") BETWEEN 1 AND 200)
  AND ("evidenceUrl" IS NULL OR ("evidenceUrl" ~ '^https?://' AND length("evidenceUrl") <= 2000))
);

-- An import says what it did (new rows, corrections, rows equal to what is recorded) and how
-- far it has got, so the dashboard can show a progress bar and the result.
ALTER TABLE "ImportJob"
  ADD COLUMN "processedRows" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "newRows" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "correctedRows" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "unchangedRows" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_progress_check" CHECK (
  "processedRows" >= 0 AND "processedRows" <= "totalRows" AND "newRows" >= 0
  AND "correctedRows" >= 0 AND "unchangedRows" >= 0
  AND "newRows" + "correctedRows" + "unchangedRows" <= "totalRows"
);
