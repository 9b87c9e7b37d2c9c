import type { IsoDay, MilestoneStatus, Provenance, Side } from "../domain/types";
import type { SourceView } from "./source";

export type MilestoneView = {
  id: string;
  version: number;
  position: number;
  title: string;
  description: string;
  side: Side;
  workstream: string | null;
  baselineDate: IsoDay;
  plannedDate: IsoDay;
  actualDate: IsoDay | null;
  status: MilestoneStatus;
  weight: number;
  percentComplete: number;
  provenance: Provenance;
  slippageDays: number;
  sources: SourceView[];
};

/** A milestone's place after a reorder. */
export type MilestonePosition = { id: string; position: number; version: number };
