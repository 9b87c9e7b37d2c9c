-- CreateTable
CREATE TABLE "seed_correction" (
    "id" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seed_correction_pkey" PRIMARY KEY ("id")
);
