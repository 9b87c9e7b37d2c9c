import type { PrismaClient } from "@/lib/db/client";
import type { MilestoneStatus } from "@/lib/domain/types";

/**
 * A seeded milestone in `status` (default not started) that no test has changed yet: none of its
 * change events has an author. Within an initiative (`slug`) in plan order, else by id; `skip`
 * passes over the first ones.
 */
export function untouchedMilestone(
  prisma: PrismaClient,
  options: { slug?: string; status?: MilestoneStatus; skip?: number } = {},
) {
  return prisma.milestone.findFirstOrThrow({
    where: {
      initiative: options.slug ? { slug: options.slug } : undefined,
      status: options.status ?? "not_started",
      changeEvents: { none: { authorId: { not: null } } },
    },
    orderBy: options.slug ? { position: "asc" } : { id: "asc" },
    skip: options.skip,
  });
}

/** The stored milestone row. */
export function readMilestone(prisma: PrismaClient, id: string) {
  return prisma.milestone.findUniqueOrThrow({ where: { id } });
}

/** The milestone's row and how many change events it has: what a refused write must leave alone. */
export async function milestoneSnapshot(prisma: PrismaClient, id: string) {
  return {
    row: await readMilestone(prisma, id),
    events: await prisma.changeEvent.count({ where: { milestoneId: id } }),
  };
}
