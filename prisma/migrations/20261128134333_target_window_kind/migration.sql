-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('official_commitment', 'external_expectation');

-- AlterTable
ALTER TABLE "initiative" ADD COLUMN     "targetKind" "TargetKind" NOT NULL DEFAULT 'external_expectation';

-- An official commitment is a government's own dated promise: it cannot stand without its source.
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_official_target_has_source"
    CHECK ("targetKind" <> 'official_commitment' OR "targetSourceId" IS NOT NULL);
