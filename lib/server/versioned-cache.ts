import "server-only";
import { cache } from "react";
import type { PrismaClient } from "../db/client";

/**
 * The database's data version (table data_version): triggers raise it in every transaction that
 * writes what pages show. Read once per server render (React's request cache); route handlers read
 * it per call.
 */
export const readDataVersion = cache(async (prisma: PrismaClient): Promise<bigint> => {
  const row = await prisma.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  // A database without the row (not migrated) never matches a cached entry.
  return row?.version ?? -1n;
});

type Entry<T> = { version: bigint; value: Promise<T> };
type Store<T> = { entries: Map<string, Entry<T>>; newest: bigint };

/**
 * Results computed from the database, kept while the data version they were read at is current.
 * An entry is used only for the exact version read at the start of the request, so a write on any
 * app server is seen by every other on its next request; stale entries go at the first newer read.
 * Concurrent requests for one key share one computation.
 *
 * Entries belong to the client they were read through: a transaction's client sees its own
 * uncommitted writes, so what it computes is never shared with other requests. Values are frozen
 * outside production, so a caller mutating a shared result fails in tests instead of corrupting
 * other requests.
 */
export class VersionedCache<T> {
  private readonly stores = new WeakMap<object, Store<T>>();

  constructor(private readonly maxEntries: number) {}

  async get(prisma: PrismaClient, key: string, compute: () => Promise<T>): Promise<T> {
    return this.getAt(prisma, await readDataVersion(prisma), key, compute);
  }

  getAt(owner: object, version: bigint, key: string, compute: () => Promise<T>): Promise<T> {
    const store = this.storeOf(owner);
    if (version > store.newest) {
      store.newest = version;
      for (const [k, entry] of store.entries) if (entry.version < version) store.entries.delete(k);
    }
    const hit = store.entries.get(key);
    if (hit && hit.version === version) {
      store.entries.delete(key);
      store.entries.set(key, hit);
      return hit.value;
    }
    const value = compute().then(freezeOutsideProduction);
    // A reader that started before a newer version was seen must not displace its entries.
    if (version < store.newest) return value;
    store.entries.set(key, { version, value });
    value.catch(() => {
      if (store.entries.get(key)?.value === value) store.entries.delete(key);
    });
    while (store.entries.size > this.maxEntries) {
      store.entries.delete(store.entries.keys().next().value!);
    }
    return value;
  }

  private storeOf(owner: object): Store<T> {
    let store = this.stores.get(owner);
    if (!store) {
      store = { entries: new Map(), newest: -1n };
      this.stores.set(owner, store);
    }
    return store;
  }
}

function freezeOutsideProduction<T>(value: T): T {
  if (process.env.NODE_ENV !== "production") deepFreeze(value);
  return value;
}

function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  // Frozen here before (what it holds first): results share most of their objects with the
  // results of earlier versions (lib/server/replay-events.ts), so each is walked once only.
  if (value instanceof Date || Object.isFrozen(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const v of value.values()) deepFreeze(v, seen);
  } else {
    for (const v of Object.values(value)) deepFreeze(v, seen);
  }
  Object.freeze(value);
}
