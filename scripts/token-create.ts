// npm run token:create -- --email E [--name N] — prints a personal API token for that user, once.
import { disconnectPrisma, getPrisma } from "../lib/db/client";
import { createApiToken } from "../lib/server/api-tokens";
import { readFlags } from "./cli-args";

const flags = readFlags(["email", "name"]);
try {
  if (!flags.email) throw new Error("Usage: npm run token:create -- --email E [--name N]");
  const { token } = await createApiToken(getPrisma(), { email: flags.email, name: flags.name });
  console.log(token);
} catch (error) {
  console.error(
    `Could not create a token: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await disconnectPrisma();
}
