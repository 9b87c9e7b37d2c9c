import type { IsoDay } from "../domain/types";

/** A public source as every page and API answer shows it. */
export type SourceView = {
  id: string;
  key: string;
  title: string;
  url: string;
  publisher: string;
  publishedOn: IsoDay | null;
  note: string | null;
};
