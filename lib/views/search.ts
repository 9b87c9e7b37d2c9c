import type { Health, IsoDay, MilestoneStatus } from "../domain/types";

type InitiativeRef = { slug: string; title: string };

export type InitiativeHit = InitiativeRef & { excerpt: string };
export type MilestoneHit = {
  id: string;
  title: string;
  status: MilestoneStatus;
  plannedDate: IsoDay;
  initiative: InitiativeRef;
};
export type StatusUpdateHit = {
  id: string;
  health: Health;
  effectiveDate: IsoDay;
  excerpt: string;
  initiative: InitiativeRef;
};
export type SourceHit = {
  id: string;
  title: string;
  url: string;
  publisher: string;
  publishedOn: IsoDay | null;
  initiatives: InitiativeRef[];
};

/** Up to a group's limit of hits, and how many there are in all. */
export type SearchGroup<T> = { items: T[]; total: number };

export type SearchResults = {
  q: string;
  initiatives: SearchGroup<InitiativeHit>;
  milestones: SearchGroup<MilestoneHit>;
  statusUpdates: SearchGroup<StatusUpdateHit>;
  sources: SearchGroup<SourceHit>;
};
