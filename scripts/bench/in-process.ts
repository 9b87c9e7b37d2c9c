// The first section of `npm run bench`, run as its own process (alone: npx tsx
// --conditions=react-server scripts/bench/in-process.ts): timing and memory figures for the hot
// paths in process (never asserted in tests): loading + replaying the seeded portfolio from an
// in-memory database, the 20 concurrent PATCH race, the pure snapshot at 10× and 50× the seeded
// size, and the status report as PDF and workbook.
import { performance } from "node:perf_hooks";
import { createAdapter } from "../../lib/db/adapter-factory";
import { bindPrisma, disconnectPrisma } from "../../lib/db/client";
import { applyPendingMigrations } from "../../lib/db/migrations";
import { buildPortfolioSnapshot } from "../../lib/domain/portfolio-snapshot";
import type { ReplayEvent } from "../../lib/domain/replay";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { loadReplayInputs } from "../../lib/server/dashboard";
import { updateMilestone } from "../../lib/server/milestones";
import { loadReportDocument } from "../../lib/server/reports/load-report-document";
import { renderReport } from "../../lib/server/reports/render";
import { seedPortfolio } from "../../prisma/seed/write";

const TODAY = "2026-11-28";

async function time<T>(label: string, runs: number, fn: () => Promise<T> | T) {
  await fn();
  const samples: number[] = [];
  for (let n = 0; n < runs; n++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const p = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(1);
  console.log(
    `${label.padEnd(58)} median ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms   (${runs} runs)`,
  );
}

function scaled(inputs: Awaited<ReturnType<typeof loadReplayInputs>>, factor: number) {
  const copy = <T extends { id?: string; initiativeId: string }>(rows: T[], k: number) =>
    rows.map((r) => ({
      ...r,
      initiativeId: `${r.initiativeId}~${k}`,
      ...(r.id ? { id: `${r.id}~${k}` } : {}),
    }));
  const range = Array.from({ length: factor }, (_, k) => k);
  return {
    initiatives: range.flatMap((k) =>
      inputs.initiatives.map((i) => ({ ...i, id: `${i.id}~${k}`, slug: `${i.slug}-${k}` })),
    ),
    milestones: range.flatMap((k) => copy(inputs.milestones, k)),
    events: range.flatMap((k) =>
      inputs.events.map((e): ReplayEvent => ({
        ...e,
        initiativeId: `${e.initiativeId}~${k}`,
        entityId: `${e.entityId}~${k}`,
      })),
    ),
    updates: range.flatMap((k) =>
      inputs.updates.map((u) => ({ ...u, initiativeId: `${u.initiativeId}~${k}` })),
    ),
  };
}

const adapter = createAdapter({ kind: "pglite", dataDir: null });
await applyPendingMigrations(adapter);
const prisma = new PrismaClient({ adapter: adapter.factory });
bindPrisma(prisma, adapter);
await seedPortfolio(prisma);

const inputs = await loadReplayInputs(prisma);
console.log(
  `Seeded: ${inputs.initiatives.length} initiatives, ${inputs.milestones.length} milestones, ${inputs.events.length} change events\n`,
);
await time("load replay inputs from the database (4 queries)", 20, () => loadReplayInputs(prisma));
await time("dashboard snapshot, seeded portfolio (as of today)", 20, () =>
  buildPortfolioSnapshot({ ...inputs, asOf: TODAY, basis: "effective" }),
);
await time("dashboard snapshot, seeded portfolio (as known on 2026-06-30)", 20, () =>
  buildPortfolioSnapshot({ ...inputs, asOf: "2026-06-30", basis: "recorded" }),
);
for (const factor of [10, 50]) {
  const big = scaled(inputs, factor);
  await time(
    `dashboard snapshot, ${factor}× (${big.milestones.length} milestones, ${big.events.length} events)`,
    5,
    () => buildPortfolioSnapshot({ ...big, asOf: TODAY, basis: "effective" }),
  );
}

// Status reports for the whole seeded portfolio (target: the PDF in under 2 s), data loading included.
const reportOptions = {
  asOf: TODAY,
  basis: "effective" as const,
  filters: {},
  author: "Bench",
  status: "draft" as const,
  previous: null,
};
for (const format of ["pdf", "xlsx"] as const) {
  const coldStart = performance.now();
  await renderReport(await loadReportDocument(prisma, reportOptions), format);
  console.log(
    `status report ${format}, whole portfolio, first in the process: ${(performance.now() - coldStart).toFixed(0)} ms`,
  );
  await time(`status report ${format}, whole portfolio (load + render)`, 10, async () =>
    renderReport(await loadReportDocument(prisma, reportOptions), format),
  );
}

const benchUser = await prisma.user.create({
  data: {
    id: "bench-analyst",
    email: "bench@corridor.test",
    name: "Bench Analyst",
    role: "analyst",
  },
});
const actor = {
  id: benchUser.id,
  email: benchUser.email,
  name: benchUser.name,
  role: "analyst" as const,
};
const target = await prisma.milestone.findFirstOrThrow({ where: { status: "not_started" } });
const started = performance.now();
const results = await Promise.allSettled(
  Array.from({ length: 20 }, (_, n) =>
    updateMilestone(prisma, actor, target.id, {
      version: target.version,
      status: "in_progress",
      percentComplete: n + 1,
      reason: `bench ${n}`,
    }),
  ),
);
console.log(
  `\n20 concurrent PATCHes on one version: ${results.filter((r) => r.status === "fulfilled").length} accepted, ${results.filter((r) => r.status === "rejected").length} refused, ${(performance.now() - started).toFixed(0)} ms`,
);

const memory = process.memoryUsage();
console.log(
  `Memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
await disconnectPrisma();
