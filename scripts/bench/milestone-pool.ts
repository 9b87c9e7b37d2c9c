// Milestone PATCHes that are each a valid versioned change: every request takes a milestone no
// other connection is writing, bases its change on the version the last answer gave (a 409
// carries the current record, so a conflict re-reads for free), and moves its percentage.
import type autocannon from "autocannon";

type Known = { version: number; percentComplete: number };
type Context = { milestoneId?: string };

export class MilestonePool {
  private readonly free: string[];
  private readonly known = new Map<string, Known>();
  private turn = 0;
  private written = 0;
  private answers = { count: 0, bytes: 0 };

  constructor(milestones: { id: string; version: number; percentComplete: number }[]) {
    if (milestones.length === 0) throw new Error("No open milestone to write to.");
    for (const m of milestones)
      this.known.set(m.id, { version: m.version, percentComplete: m.percentComplete });
    this.free = milestones.map((m) => m.id);
  }

  /** The mean size of the answers read so far. */
  get meanAnswerBytes(): number | null {
    return this.answers.count ? this.answers.bytes / this.answers.count : null;
  }

  /**
   * Before each run: the answers a stopped run never read leave no milestone taken, and each
   * milestone's version is read again (such a write may have landed).
   */
  async refresh(base: string, headers: Record<string, string>) {
    this.free.splice(0, this.free.length, ...this.known.keys());
    for (const id of this.known.keys()) {
      const res = await fetch(`${base}/api/milestones/${encodeURIComponent(id)}`, { headers });
      if (res.ok) this.settle(id, res.status, await res.text());
    }
  }

  private take(): string {
    // More connections than milestones (or an answer lost to a timeout): share one, and let the
    // version check sort it out.
    const ids = [...this.known.keys()];
    return this.free.shift() ?? ids[this.turn++ % ids.length];
  }

  private settle(id: string, status: number, body: string) {
    try {
      const parsed = JSON.parse(body) as Partial<Known> & { current?: Known };
      const record = status === 409 ? parsed.current : status < 300 ? parsed : undefined;
      if (record?.version !== undefined && record.percentComplete !== undefined)
        this.known.set(id, { version: record.version, percentComplete: record.percentComplete });
    } catch {
      // Not JSON: the next request reuses what was known and its answer tells.
    }
    if (!this.free.includes(id)) this.free.push(id);
  }

  request(headers: Record<string, string>): autocannon.Request {
    return {
      method: "PATCH",
      setupRequest: (request, context: Context) => {
        const id = this.take();
        context.milestoneId = id;
        const known = this.known.get(id)!;
        this.written++;
        return {
          ...request,
          method: "PATCH",
          path: `/api/milestones/${encodeURIComponent(id)}`,
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({
            version: known.version,
            status: "in_progress",
            percentComplete: (known.percentComplete % 99) + 1,
            reason: `Benchmark write ${this.written}`,
          }),
        };
      },
      onResponse: (status, body, context: Context) => {
        this.answers.count++;
        this.answers.bytes += Buffer.byteLength(body);
        if (context.milestoneId) this.settle(context.milestoneId, status, body);
      },
    };
  }
}
