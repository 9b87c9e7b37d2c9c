import type { PGlite } from "@electric-sql/pglite";

type Job = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
};

// Frontend message types after which the backend answers ReadyForQuery (a batch ends).
const SYNC = 0x53; // 'S'
const SIMPLE_QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const FUNCTION_CALL = 0x46; // 'F'
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);
const ROLLBACK_MESSAGE = simpleQuery("ROLLBACK");

function simpleQuery(sql: string): Uint8Array {
  const text = new TextEncoder().encode(`${sql}\0`);
  const message = new Uint8Array(5 + text.length);
  message[0] = SIMPLE_QUERY;
  new DataView(message.buffer).setInt32(1, 4 + text.length);
  message.set(text, 5);
  return message;
}

/** The startup message has no type byte: it starts with its length, whose first byte is 0. */
function endsBatch(message: Uint8Array): boolean {
  const type = message[0];
  return (
    type === 0 ||
    type === SYNC ||
    type === SIMPLE_QUERY ||
    type === TERMINATE ||
    type === FUNCTION_CALL
  );
}

/**
 * Shares PGlite's single backend between several wire-protocol connections safely.
 *
 * pglite-socket's own multiplexer interleaves single messages, so two clients' Parse/Bind/Execute
 * sequences trample each other's unnamed statement and portal. Here a connection owns the backend
 * from its first message until the batch ends with Sync or a simple query, and for as long as
 * that leaves a transaction open; other connections wait. A connection that sits idle inside a
 * transaction for longer than `idleInTransactionMs` while others wait is disconnected (its
 * transaction rolls back), as PostgreSQL's idle_in_transaction_session_timeout would.
 *
 * It implements the interface PGLiteSocketHandler expects of its `queryQueue`.
 */
export class SessionQueue {
  private owner: number | null = null;
  private pending: Job[] = [];
  private running = false;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: PGlite,
    private readonly onIdleInTransaction: (handlerId: number) => void,
    private readonly idleInTransactionMs = 30_000,
  ) {}

  enqueue(handlerId: number, message: Uint8Array, onData: Job["onData"]): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ handlerId, message, onData, resolve, reject });
      void this.pump();
    });
  }

  getQueueLength(): number {
    return this.pending.length;
  }

  clearQueueForHandler(handlerId: number): void {
    const [mine, others] = partition(this.pending, (job) => job.handlerId === handlerId);
    this.pending = others;
    for (const job of mine) job.reject(new Error("Connection closed"));
  }

  /** Called when a connection goes: end whatever it left open so the backend is clean for others. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    await this.waitUntilIdle();
    if (this.owner !== handlerId) return;
    // Inside runExclusive only the raw protocol calls may be used (exec would wait for the lock).
    await this.db.runExclusive(async () => {
      await this.db.execProtocolRaw(SYNC_MESSAGE);
      if (this.db.isInTransaction()) await this.db.execProtocolRaw(ROLLBACK_MESSAGE);
    });
    this.release();
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.takeNext(); job; job = this.takeNext()) await this.run(job);
    } finally {
      this.running = false;
    }
    this.watchIdleOwner();
  }

  private takeNext(): Job | undefined {
    const index =
      this.owner === null ? 0 : this.pending.findIndex((job) => job.handlerId === this.owner);
    if (index < 0 || index >= this.pending.length) return undefined;
    return this.pending.splice(index, 1)[0];
  }

  private async run(job: Job): Promise<void> {
    this.clearIdleTimer();
    this.owner = job.handlerId;
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(job.message, {
          onRawData: (data) => {
            bytes += data.length;
            job.onData(data);
          },
        }),
      );
      job.resolve(bytes);
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (endsBatch(job.message) && !this.db.isInTransaction()) this.release();
  }

  private release(): void {
    this.owner = null;
    this.clearIdleTimer();
  }

  private watchIdleOwner(): void {
    if (this.owner === null || this.pending.length === 0 || this.idleTimer) return;
    const owner = this.owner;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.owner === owner && this.pending.length > 0) this.onIdleInTransaction(owner);
    }, this.idleInTransactionMs);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private async waitUntilIdle(): Promise<void> {
    while (this.running) await new Promise((resolve) => setImmediate(resolve));
  }
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
