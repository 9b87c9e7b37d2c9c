import type { IsoDay } from "../types";
import type { ReportSource } from "./types";

type KnownSource = {
  id: string;
  /** The key texts cite a source by: "[S3]". */
  key?: string;
  title: string;
  publisher: string;
  url: string;
  publishedOn: IsoDay | null;
};

const CITED_KEY = /\[(S[0-9A-Za-z]+)\]/g;

/** Numbers sources as endnotes in the order the report first cites them. */
export class SourceNumbering {
  private readonly known: Map<string, KnownSource>;
  private readonly byKey: Map<string, string>;
  private readonly numbers = new Map<string, number>();

  constructor(sources: KnownSource[]) {
    this.known = new Map(sources.map((s) => [s.id, s]));
    this.byKey = new Map(sources.flatMap((s) => (s.key ? [[s.key, s.id]] : [])));
  }

  /**
   * The text with each source it cites by key ("[S3]") cited by endnote number instead ("[4]"), and
   * the endnotes those are; a key that names no known source is left as written.
   */
  cite(text: string): { text: string; refs: number[] } {
    const refs: number[] = [];
    const out = text.replace(CITED_KEY, (whole, key: string) => {
      const id = this.byKey.get(key);
      if (!id) return whole;
      const [n] = this.refs([id]);
      if (!refs.includes(n)) refs.push(n);
      return `[${n}]`;
    });
    return { text: out, refs };
  }

  /** The endnote numbers of these sources (unknown ids are skipped), numbering new ones. */
  refs(ids: string[]): number[] {
    const out: number[] = [];
    for (const id of ids) {
      if (!this.known.has(id)) continue;
      let n = this.numbers.get(id);
      if (n === undefined) {
        n = this.numbers.size + 1;
        this.numbers.set(id, n);
      }
      if (!out.includes(n)) out.push(n);
    }
    return out.sort((a, b) => a - b);
  }

  list(): ReportSource[] {
    return [...this.numbers].map(([id, n]) => {
      const s = this.known.get(id)!;
      return { n, title: s.title, publisher: s.publisher, url: s.url, publishedOn: s.publishedOn };
    });
  }
}
