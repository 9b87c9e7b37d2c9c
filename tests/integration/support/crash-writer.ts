// A process that records milestone progress as fast as it can, four writers at a time, and prints
// "ACK <milestone id> <version> <percent>" after each write commits, until it is killed.
import { getPrisma } from "@/lib/db/client";
import type { Actor } from "@/lib/views/actor";
import { updateMilestone } from "@/lib/server/milestones";

const prisma = getPrisma();
const analyst = await prisma.user.findFirstOrThrow({ where: { role: "analyst" } });
const actor: Actor = { id: analyst.id, email: analyst.email, name: analyst.name, role: "analyst" };
const milestones = await prisma.milestone.findMany({
  where: { status: { in: ["not_started", "in_progress"] } },
  orderBy: { id: "asc" },
  take: 4,
});
if (milestones.length < 4) throw new Error("crash-writer needs four open milestones");

await Promise.all(
  milestones.map(async (milestone) => {
    let version = milestone.version;
    for (let percent = 1; percent <= 99; percent++) {
      const view = await updateMilestone(prisma, actor, milestone.id, {
        version,
        status: "in_progress",
        percentComplete: percent,
        reason: `Crash test write ${percent}`,
      });
      version = view.version;
      process.stdout.write(`ACK ${milestone.id} ${version} ${percent}\n`);
    }
  }),
);
