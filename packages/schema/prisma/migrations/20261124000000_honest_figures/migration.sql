-- Honest figures (issue 7).
-- A bare figure, "Đạt 3%" or "Phấn đấu đạt 3%" asks to reach a level; it never meant "equal to".
ALTER TYPE "Comparator" RENAME VALUE 'eq' TO 'reach';

-- Each ward's wording of a catalog indicator is reviewed: the same measure, or a close one.
CREATE TYPE "Equivalence" AS ENUM ('exact', 'close');
ALTER TABLE "Target"
  ADD COLUMN "equivalence" "Equivalence" NOT NULL DEFAULT 'exact',
  ADD COLUMN "equivalenceNoteVi" TEXT,
  ADD COLUMN "equivalenceNoteEn" TEXT;

-- Results cite section and row like targets do, and keep a printed lower bound ("≥ 60%").
CREATE TYPE "ResultQualifier" AS ENUM ('eq', 'gte', 'gt');
ALTER TABLE "Observation"
  ADD COLUMN "sourceSection" TEXT,
  ADD COLUMN "sourceRow" TEXT,
  ADD COLUMN "qualifier" "ResultQualifier" NOT NULL DEFAULT 'eq';

-- The catalog speaks both languages.
ALTER TABLE "Indicator" ADD COLUMN "definitionVi" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Pillar" ADD COLUMN "descriptionVi" TEXT NOT NULL DEFAULT '';
