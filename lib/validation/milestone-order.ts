import { z } from "zod";
import { zChangeContext } from "./common";

/** A new order for all of an initiative's milestones: every id exactly once, first to last. */
export function zMilestoneOrder(today: string) {
  return z
    .object({
      ids: z
        .array(z.string().min(1).max(100), {
          message: "ids is the list of milestone ids in their new order.",
        })
        .min(1, "List the milestones in their new order.")
        .max(500)
        .refine((ids) => new Set(ids).size === ids.length, "List each milestone only once."),
      reason: zChangeContext(today).reason,
    })
    .strict();
}
export type MilestoneOrder = z.infer<ReturnType<typeof zMilestoneOrder>>;
