-- CreateTable
CREATE TABLE "report" (
    "id" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "basis" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "scope" TEXT,
    "document" JSON NOT NULL,
    "sha256" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT NOT NULL,
    "publishedByLabel" TEXT NOT NULL,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "report_sha256_key" ON "report"("sha256");

-- CreateIndex
CREATE INDEX "report_scope_publishedAt_idx" ON "report"("scope", "publishedAt");

-- CreateIndex
CREATE INDEX "report_publishedAt_idx" ON "report"("publishedAt");

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- What a published report may hold: the two replay bases and a lower-case SHA-256 in hex.
ALTER TABLE "report" ADD CONSTRAINT "report_basis_known"
    CHECK ("basis" IN ('effective', 'recorded'));
ALTER TABLE "report" ADD CONSTRAINT "report_sha256_hex"
    CHECK ("sha256" ~ '^[0-9a-f]{64}$');

-- A published report stays exactly what was sent: no statement may change or remove one.
CREATE FUNCTION "report_is_frozen"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'report is frozen once published: % refused', TG_OP USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "report_frozen"
  BEFORE UPDATE OR DELETE ON "report"
  FOR EACH ROW EXECUTE FUNCTION "report_is_frozen"();

CREATE TRIGGER "report_no_truncate"
  BEFORE TRUNCATE ON "report"
  FOR EACH STATEMENT EXECUTE FUNCTION "report_is_frozen"();
