import type { ChangeEventView } from "./change-event";

/** The changes recorded in a period, as the dashboard's "What changed" shows them. */
export type ChangeSummary = {
  /** Field changes recorded in the period, per initiative id. */
  countByInitiative: Record<string, number>;
  total: number;
  /** The newest changes of the period, newest first. */
  latest: ChangeEventView[];
};
