-- DropForeignKey
ALTER TABLE "change_event" DROP CONSTRAINT "change_event_authorId_fkey";

-- DropForeignKey
ALTER TABLE "change_event" DROP CONSTRAINT "change_event_initiativeId_fkey";

-- DropForeignKey
ALTER TABLE "change_event" DROP CONSTRAINT "change_event_milestoneId_fkey";

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "initiative"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "milestone"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- TRUNCATE skips row triggers; refuse it too, so no statement can empty the history.
CREATE TRIGGER "change_event_no_truncate"
  BEFORE TRUNCATE ON "change_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "change_event_is_append_only"();
