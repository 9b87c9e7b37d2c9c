// npm run db:generate-large [-- --preset large|10x | --scale F] [--initiatives N] [--milestones M]
//   [--events E] [--seed S] [--until YYYY-MM-DD]
// Writes a deterministic benchmark portfolio (initiatives gen-00001…, sources on example.org) into
// DATABASE_URL or the embedded database (PGLITE_DIR; also while `npm start` serves it). The same
// seed and sizes give the same data. Default: 1,000 initiatives, 20,000 milestones, 200,000 events.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { disconnectPrisma, getAdapter, getPrisma } from "../lib/db/client";
import { applyPendingMigrations } from "../lib/db/migrations";
import { isIsoDay } from "../lib/domain/dates";
import {
  checkSizes,
  DEFAULT_HISTORY_END,
  generatePortfolio,
} from "../prisma/seed/generate/generate";
import { requestedSize, type PortfolioSize } from "../prisma/seed/generate/sizes";
import { GENERATED_SLUG_PREFIX } from "../prisma/seed/generate/vocabulary";
import { writeGeneratedPortfolio } from "../prisma/seed/generate/write-batched";

const USAGE =
  "Usage: npm run db:generate-large -- [--preset large|10x | --scale F] [--initiatives N] [--milestones M] [--events E] [--seed S] [--until YYYY-MM-DD]";
const DEFAULT_SEED = 42;

class UsageError extends Error {}

function readOptions() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      preset: { type: "string" },
      scale: { type: "string" },
      initiatives: { type: "string" },
      milestones: { type: "string" },
      events: { type: "string" },
      seed: { type: "string" },
      until: { type: "string" },
      replace: { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  const whole = (name: string, value?: string) => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number.`);
    return Number(value);
  };
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && !(scale > 0)) throw new UsageError("--scale must be above 0.");
  const until = values.until ?? DEFAULT_HISTORY_END;
  if (!isIsoDay(until)) throw new UsageError("--until must be a day written YYYY-MM-DD.");
  const seed = whole("seed", values.seed) ?? DEFAULT_SEED;
  const request = {
    preset: values.preset,
    scale,
    initiatives: whole("initiatives", values.initiatives),
    milestones: whole("milestones", values.milestones),
    events: whole("events", values.events),
  };
  let size: PortfolioSize;
  try {
    size = requestedSize(request);
    checkSizes({ ...size, seed });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { help: values.help ?? false, replace: values.replace ?? false, seed, until, size };
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const formatCount = (n: number) => n.toLocaleString("en-GB");

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

/** Writes the data set; answers whether it did (false: refused, nothing written). */
async function generateInto(options: ReturnType<typeof readOptions>): Promise<boolean> {
  const started = performance.now();
  const prisma = getPrisma();
  const { target } = getAdapter();
  const where =
    target.kind === "postgres"
      ? "PostgreSQL (DATABASE_URL)"
      : `the embedded database (${target.dataDir ?? "in memory"})`;
  const migrations = await applyPendingMigrations(getAdapter());
  if (migrations.length) console.log(`Applied ${migrations.length} migration(s) to ${where}.`);

  const existing = await prisma.initiative.count({
    where: { slug: { startsWith: GENERATED_SLUG_PREFIX } },
  });
  if (existing > 0) {
    console.error(
      [
        `Nothing written: ${where} already holds ${formatCount(existing)} generated initiative(s) (${GENERATED_SLUG_PREFIX}…).`,
        options.replace
          ? "--replace cannot remove them: the change history is append-only (a database trigger refuses DELETE and TRUNCATE on change_event), so generated rows can never be deleted."
          : "Generated data is written once per database: its change history is append-only and cannot be deleted.",
        "Generate into a fresh database instead, e.g. PGLITE_DIR=/tmp/corridor-large npm run db:generate-large (or a new DATABASE_URL).",
      ].join("\n"),
    );
    return false;
  }

  const { size, seed } = options;
  console.log(
    `Generating ${formatCount(size.initiatives)} initiatives, ${formatCount(size.milestones)} milestones and ${formatCount(size.events)} change events (seed ${seed}, history up to ${options.until}) into ${where}…`,
  );
  const generating = performance.now();
  const portfolio = generatePortfolio({ ...size, seed, historyEnd: options.until });
  console.log(`Generated in memory in ${seconds(generating)} s; writing…`);

  const writing = performance.now();
  let lastReport = 0;
  const written = await writeGeneratedPortfolio(prisma, portfolio, (progress) => {
    if (performance.now() - lastReport < 5_000) return;
    lastReport = performance.now();
    console.log(
      `  ${formatCount(progress.initiatives)} / ${formatCount(size.initiatives)} initiatives written (${seconds(writing)} s)`,
    );
  });
  console.log(
    `Wrote ${formatCount(written.initiatives)} initiatives, ${formatCount(written.milestones)} milestones, ${formatCount(written.changeEvents)} change events, ${formatCount(written.statusUpdates)} status updates and ${formatCount(written.sources)} sources in ${seconds(writing)} s (${seconds(started)} s in all).`,
  );
  return true;
}

function usageError(error: unknown): boolean {
  return (
    error instanceof UsageError ||
    String((error as { code?: string }).code).startsWith("ERR_PARSE_ARGS")
  );
}

let options: ReturnType<typeof readOptions> | null = null;
try {
  options = readOptions();
} catch (error) {
  if (!usageError(error)) throw error;
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exitCode = 1;
}
if (options?.help) console.log(USAGE);
else if (options) {
  const target = getAdapter().target;
  let wrote = false;
  try {
    wrote = await generateInto(options);
  } catch (error) {
    console.error(`Generation failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await disconnectPrisma();
  }
  process.exitCode = wrote ? 0 : 1;
  // Measured once the database is closed, so what this run wrote has reached the disk.
  if (wrote && target.kind === "pglite" && target.dataDir)
    console.log(
      `The embedded folder ${target.dataDir} takes ${(folderBytes(target.dataDir) / 1e6).toFixed(0)} MB on disk.`,
    );
}
