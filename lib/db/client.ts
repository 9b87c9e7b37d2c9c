import { PrismaClient } from "../generated/prisma/client";
import { createAdapter, type AdapterHandle } from "./adapter-factory";

type Cached = { prisma: PrismaClient; adapter: AdapterHandle };
const globalForPrisma = globalThis as unknown as { corridorPrisma?: Cached };

/** One client per process, with one pool of connections to the database. */
export function getPrisma(): PrismaClient {
  return cached().prisma;
}

/** The adapter behind getPrisma(), for the schema engine (migrations). */
export function getAdapter(): AdapterHandle {
  return cached().adapter;
}

function cached(): Cached {
  if (!globalForPrisma.corridorPrisma) {
    const adapter = createAdapter();
    globalForPrisma.corridorPrisma = {
      adapter,
      prisma: new PrismaClient({ adapter: adapter.factory }),
    };
  }
  return globalForPrisma.corridorPrisma;
}

/** Tests hand in a client bound to their own database so that services and auth use it. */
export function bindPrisma(prisma: PrismaClient, adapter: AdapterHandle): void {
  globalForPrisma.corridorPrisma = { prisma, adapter };
}

export async function disconnectPrisma(): Promise<void> {
  const cached = globalForPrisma.corridorPrisma;
  if (!cached) return;
  globalForPrisma.corridorPrisma = undefined;
  await cached.prisma.$disconnect();
  await cached.adapter.close();
}

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
