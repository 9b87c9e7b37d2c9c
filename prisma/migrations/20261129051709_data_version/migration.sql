-- CreateTable
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

-- Exactly one row, present from the start.
ALTER TABLE "data_version" ADD CONSTRAINT "data_version_single_row" CHECK ("id" = 1);
INSERT INTO "data_version" ("id", "version") VALUES (1, 0);

-- Any statement that writes what pages show raises the version inside its own transaction, so a
-- reader sees the new number exactly when it can see the new rows (no write path can forget it).
CREATE FUNCTION "bump_data_version"() RETURNS trigger AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DO $$
DECLARE
  tracked text;
BEGIN
  FOREACH tracked IN ARRAY ARRAY[
    'user', 'source', 'initiative', 'workstream', 'record_note', 'milestone', 'change_event',
    'status_update', 'report', '_InitiativeToSource', '_RecordNoteToSource', '_MilestoneToSource'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER "data_version_bump" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()',
      tracked
    );
  END LOOP;
END;
$$;
