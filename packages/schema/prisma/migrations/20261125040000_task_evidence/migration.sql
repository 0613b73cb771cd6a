-- A task's status change carries its evidence (a document number, a link or a short note on
-- where the proof is), beside the free-text note. Nullable: older changes had none, and only a
-- change to "done" requires it (the gateway's rule, so the message can be bilingual).
ALTER TABLE "TaskStatusChange" ADD COLUMN "evidence" TEXT;

ALTER TABLE "TaskStatusChange" ADD CONSTRAINT "TaskStatusChange_evidence_length_check"
  CHECK ("evidence" IS NULL OR char_length("evidence") BETWEEN 1 AND 500);
