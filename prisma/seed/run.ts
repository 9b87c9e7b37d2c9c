// npm run db:seed — seeds the portfolio (idempotent); on the embedded database also the demo accounts.
import { disconnectPrisma, getPrisma } from "../../lib/db/client";
import { DEMO_ACCOUNTS } from "../../lib/demo-accounts";
import { getEnv } from "../../lib/env";
import { createUserWithPassword } from "../../lib/server/users";
import { seedPortfolio } from "./write";

const prisma = getPrisma();
try {
  const result = await seedPortfolio(prisma);
  console.log(
    `Seed: ${result.initiativesCreated} initiative(s) created, ${result.initiativesKept} already present; ${result.sourcesCreated} source(s) added; ${result.correctionsApplied} correction(s) applied.`,
  );
  if (getEnv().demoMode) {
    for (const account of DEMO_ACCOUNTS) {
      if (await prisma.user.findUnique({ where: { email: account.email } })) continue;
      await createUserWithPassword(prisma, account);
      console.log(`Demo account ${account.email} (${account.role}) created.`);
    }
  }
} finally {
  await disconnectPrisma();
}
