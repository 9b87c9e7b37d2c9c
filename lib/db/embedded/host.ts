import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { tryAcquireLock, type HeldLock, type HolderRole, type LockHolder } from "./lock";
import { startWireServer } from "./wire-server";

export type EmbeddedConnection = {
  /** A PostgreSQL connection string for the embedded database. */
  url: string;
  /** True when this process opened the folder and serves it to others. */
  hosting: boolean;
  close: () => Promise<void>;
};

export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    super(describeHolder(dataDir, holder));
    this.name = "DatabaseInUseError";
  }
}

const POLL_MS = 200;

export const lockPathFor = (dataDir: string) => `${dataDir}.lock`;
const runDirFor = (dataDir: string) => `${dataDir}.run`;

type Claim = { role: HolderRole; command: string; waitMs?: number };

/**
 * Opens the embedded database folder in this process and serves it over the PostgreSQL wire
 * protocol, so that scripts run beside it reach the same database. Waits for a script that holds
 * the folder to finish; refuses when a server holds it.
 */
export function hostEmbeddedDatabase(dataDir: string, claim: Claim): Promise<EmbeddedConnection> {
  return reachFolder(dataDir, claim, (holder) => {
    throw new DatabaseInUseError(dataDir, holder);
  });
}

/**
 * Reaches the embedded database: through the server that holds the folder when one runs, else by
 * opening it here (and serving it to others while this process runs).
 */
export function connectOrHostEmbedded(dataDir: string, claim: Claim): Promise<EmbeddedConnection> {
  return reachFolder(dataDir, claim, (holder) =>
    holder.url ? { url: holder.url, hosting: false, close: async () => {} } : null,
  );
}

/** Takes the folder's lock, or asks `onServer` what to do about a server holding it (null: wait). */
async function reachFolder(
  dataDir: string,
  claim: Claim,
  onServer: (holder: LockHolder) => EmbeddedConnection | null,
): Promise<EmbeddedConnection> {
  const deadline = Date.now() + (claim.waitMs ?? 60_000);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  for (;;) {
    const attempt = tryAcquireLock(lockPathFor(dataDir), claim);
    if (attempt.acquired) return openAndServe(dataDir, attempt.lock);
    const holder = attempt.holder;
    const connection = holder?.role === "server" ? onServer(holder) : null;
    if (connection) return connection;
    if (Date.now() > deadline) throw new DatabaseInUseError(dataDir, holder);
    await sleep(POLL_MS);
  }
}

async function openAndServe(dataDir: string, lock: HeldLock): Promise<EmbeddedConnection> {
  try {
    const db = new PGlite(dataDir);
    await db.waitReady;
    const server = await startWireServer(db, runDirFor(dataDir));
    lock.publish(server.url);
    const release = () => lock.release();
    process.once("exit", release);
    return {
      url: server.url,
      hosting: true,
      close: async () => {
        await server.close();
        await db.close();
        process.off("exit", release);
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function describeHolder(dataDir: string, holder: LockHolder | null): string {
  const relative = path.relative(process.cwd(), dataDir);
  const folder = relative && !relative.startsWith("..") ? relative : dataDir;
  if (!holder)
    return `The embedded database ${folder} is being opened by another process; try again in a moment.`;
  const who = `${holder.command} (process ${holder.pid}, since ${holder.since})`;
  return holder.role === "server"
    ? `The embedded database ${folder} is already served by ${who}. Stop that server first, or set PGLITE_DIR to use another folder.`
    : `The embedded database ${folder} is busy with ${who}; try again when it finishes.`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
