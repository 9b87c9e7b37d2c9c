import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import { z } from "zod";
import type { PrismaClient } from "../client";
import { quoteIdentifier, tablesInDependencyOrder } from "./tables";

const FORMAT = "corridor-backup";
const BATCH_ROWS = 2_000;

const ZHeader = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(z.string()),
});
const ZBatch = z.object({ table: z.string(), rows: z.array(z.record(z.string(), z.unknown())) });

export type BackupSummary = { tables: number; rows: number; bytes?: number };

/**
 * Writes every table to one gzip file of JSON lines: a header (format, the migrations the
 * database is at, the tables), then the rows in batches. Rows are read and written through
 * PostgreSQL's own JSON conversion (row_to_json / json_populate_recordset), so every value (dates,
 * arrays, enums, big integers) comes back exactly. One repeatable-read transaction gives a
 * consistent copy while the app keeps writing.
 */
export async function backupDatabase(prisma: PrismaClient, file: string): Promise<BackupSummary> {
  let rows = 0;
  const lines: string[] = [];
  const tables = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      const tables = await tablesInDependencyOrder(tx as unknown as PrismaClient);
      const migrations = await tx.$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
      lines.push(
        JSON.stringify({
          format: FORMAT,
          version: 1,
          createdAt: new Date().toISOString(),
          migrations: migrations.map((m) => m.name),
          tables,
        }),
      );
      for (const table of tables) {
        for (let offset = 0; ; offset += BATCH_ROWS) {
          const [{ batch }] = await tx.$queryRawUnsafe<{ batch: unknown[] | null }[]>(
            `SELECT json_agg(row_to_json(t)) AS batch FROM (SELECT * FROM ${quoteIdentifier(table)}
             ORDER BY 1 LIMIT ${BATCH_ROWS} OFFSET ${offset}) t`,
          );
          if (!batch?.length) break;
          rows += batch.length;
          lines.push(JSON.stringify({ table, rows: batch }));
          if (batch.length < BATCH_ROWS) break;
        }
      }
      return tables;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  await pipeline(
    Readable.from(lines.map((line) => `${line}\n`)),
    createGzip(),
    createWriteStream(file, { mode: 0o600 }),
  );
  return { tables: tables.length, rows };
}

export class RestoreRefused extends Error {}

/** Restores a backup into a database that has the same migrations applied and holds no rows. */
export async function restoreDatabase(prisma: PrismaClient, file: string): Promise<BackupSummary> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = ZHeader.safeParse(first.done ? null : safeJson(first.value));
  if (!header.success) throw new RestoreRefused(`${file} is not a Corridor backup.`);
  await checkTarget(prisma, header.data);

  const batches: z.infer<typeof ZBatch>[] = [];
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const batch = ZBatch.safeParse(safeJson(next.value));
    if (!batch.success || !header.data.tables.includes(batch.data.table)) {
      throw new RestoreRefused(
        `${file} is damaged: a line is not a batch of rows of a known table.`,
      );
    }
    batches.push(batch.data);
  }
  let rows = 0;
  await prisma.$transaction(
    async (tx) => {
      for (const batch of batches) {
        await tx.$executeRawUnsafe(
          `INSERT INTO ${quoteIdentifier(batch.table)}
           SELECT * FROM json_populate_recordset(NULL::${quoteIdentifier(batch.table)}, $1::json)`,
          JSON.stringify(batch.rows),
        );
        rows += batch.rows.length;
      }
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  return { tables: header.data.tables.length, rows };
}

async function checkTarget(prisma: PrismaClient, header: z.infer<typeof ZHeader>) {
  const applied = await prisma.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
  const names = applied.map((m) => m.name);
  if (names.join() !== header.migrations.join()) {
    throw new RestoreRefused(
      `The backup was made at migration ${header.migrations.at(-1) ?? "none"}, this database is at ${names.at(-1) ?? "none"}: restore with the Corridor version that made it.`,
    );
  }
  const tables = await tablesInDependencyOrder(prisma);
  for (const table of tables) {
    const [{ any }] = await prisma.$queryRawUnsafe<{ any: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM ${quoteIdentifier(table)}) AS any`,
    );
    if (any) throw new RestoreRefused(`Restore needs an empty database, but ${table} holds rows.`);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
