import "server-only";
import type { PrismaClient } from "../db/client";
import { getToday } from "./today";
import type { RecordVerdict } from "../domain/types";
import { zNewRecordNote } from "../validation/initiative";
import type { Actor } from "../views/actor";
import { appendChangeSet } from "./change-log";
import { fieldError } from "../errors";
import { initiativeBySlug } from "./initiatives";
import { sourceSelect, toSourceView } from "./portfolio";

/** Adds a "what the record says" note after the existing ones, with a change event naming it. */
export async function addRecordNote(
  prisma: PrismaClient,
  actor: Actor,
  slug: string,
  body: unknown,
) {
  const today = getToday();
  const input = zNewRecordNote(today).parse(body);
  return prisma.$transaction(async (tx) => {
    const initiative = await initiativeBySlug(tx, slug);
    const found = await tx.source.findMany({
      where: { id: { in: input.sourceIds } },
      select: { id: true },
    });
    const missing = input.sourceIds.filter((id) => !found.some((s) => s.id === id));
    if (missing.length)
      throw fieldError("sourceIds", `No source has the id ${missing.join(", ")}.`);
    const last = await tx.recordNote.findFirst({
      where: { initiativeId: initiative.id },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const note = await tx.recordNote.create({
      data: {
        initiativeId: initiative.id,
        verdict: input.verdict,
        briefSays: input.briefSays,
        recordSays: input.recordSays,
        position: (last?.position ?? -1) + 1,
        sources: { connect: input.sourceIds.map((id) => ({ id })) },
      },
      include: { sources: { select: sourceSelect } },
    });
    await appendChangeSet(tx, {
      entityType: "initiative",
      initiativeId: initiative.id,
      actor,
      changes: [
        {
          field: "recordNote",
          oldValue: null,
          newValue: `${input.verdict}: ${shorten(input.recordSays, 160)}`,
        },
      ],
      context: { reason: input.reason, effectiveDate: today },
    });
    return {
      id: note.id,
      verdict: note.verdict as RecordVerdict,
      briefSays: note.briefSays,
      recordSays: note.recordSays,
      sources: note.sources.map(toSourceView),
    };
  });
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
