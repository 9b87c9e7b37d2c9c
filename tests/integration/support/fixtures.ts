import { afterAll, beforeAll } from "vitest";
import { seedPortfolio } from "@/prisma/seed/write";
import { createDemoAccounts, type DemoAccounts } from "./accounts";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { pinToday } from "./today";

export type FileDatabase = DemoAccounts & { db: TestDatabase };

/**
 * The calling file's database, with today pinned (support/today.ts): created before its first test,
 * closed after its last. `seed` loads the seeded portfolio; `accounts` creates the three demo
 * accounts with a token each. The objects returned are filled in place before the first test, so a
 * file destructures them once at its top: `const { db, tokens } = databaseForFile({ ... })`.
 */
export function databaseForFile(options: { seed?: boolean; accounts?: boolean }): FileDatabase {
  pinToday();
  const file = { db: {}, tokens: {}, userIds: {} } as FileDatabase;
  beforeAll(async () => {
    Object.assign(file.db, await createTestDatabase());
    if (options.seed) await seedPortfolio(file.db.prisma);
    if (options.accounts) {
      const { tokens, userIds } = await createDemoAccounts(file.db.prisma);
      Object.assign(file.tokens, tokens);
      Object.assign(file.userIds, userIds);
    }
  });
  afterAll(() => file.db.close?.());
  return file;
}
