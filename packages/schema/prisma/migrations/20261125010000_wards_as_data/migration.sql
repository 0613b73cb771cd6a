-- Wards, documents and targets as data: a city administrator adds a ward, uploads a plan's text
-- and enters or imports its targets; a target is withdrawn (kept, no longer scored), never
-- deleted. The five wards that exist now are the built-in (seeded) set.

CREATE TYPE "CatalogOrigin" AS ENUM ('seed', 'entered', 'imported');
CREATE TYPE "IndicatorStatus" AS ENUM ('active', 'proposed');

ALTER TABLE "Ward" ADD COLUMN "lineage" TEXT,
ADD COLUMN "builtIn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "Ward" SET "builtIn" = true;

-- File names are unique per ward, not city-wide: two communes may both upload "ke-hoach.txt".
DROP INDEX "SourceDocument_file_key";
ALTER TABLE "SourceDocument" ADD COLUMN "text" TEXT,
ADD COLUMN "origin" "CatalogOrigin" NOT NULL DEFAULT 'seed',
ADD COLUMN "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE UNIQUE INDEX "SourceDocument_wardSlug_file_key" ON "SourceDocument"("wardSlug", "file");

ALTER TABLE "Indicator" ADD COLUMN "status" "IndicatorStatus" NOT NULL DEFAULT 'active';

ALTER TABLE "Target" ADD COLUMN "origin" "CatalogOrigin" NOT NULL DEFAULT 'seed',
ADD COLUMN "createdById" TEXT,
ADD COLUMN "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "withdrawnAt" TIMESTAMPTZ(3),
ADD COLUMN "withdrawnById" TEXT,
ADD COLUMN "withdrawReason" TEXT;

ALTER TABLE "Target" ADD CONSTRAINT "Target_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Target" ADD CONSTRAINT "Target_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A withdrawal always says why; a document's text has the provenance's lines.
ALTER TABLE "Target" ADD CONSTRAINT "Target_withdrawal_check" CHECK (
  ("withdrawnAt" IS NULL) = ("withdrawReason" IS NULL)
);
ALTER TABLE "Ward" ADD CONSTRAINT "Ward_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") BETWEEN 2 AND 60);
