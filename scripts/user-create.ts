// npm run user:create -- --email E --role admin|analyst|executive [--name N] [--password P]
// Without --password a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { disconnectPrisma, getPrisma } from "../lib/db/client";
import { createUserWithPassword } from "../lib/server/users";
import { readFlags } from "./cli-args";

const flags = readFlags(["email", "role", "name", "password"]);
const password = flags.password ?? randomBytes(18).toString("base64url");
try {
  const user = await createUserWithPassword(getPrisma(), {
    email: flags.email ?? "",
    role: (flags.role ?? "") as "admin",
    name: flags.name ?? flags.email?.split("@")[0] ?? "",
    password,
  });
  console.log(`Created ${user.role} ${user.email}.`);
  if (!flags.password) console.log(`Password (shown once): ${password}`);
} catch (error) {
  console.error(`Could not create the user: ${describe(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectPrisma();
}

function describe(error: unknown): string {
  if (error && typeof error === "object" && "issues" in error) {
    return (error as { issues: { path: PropertyKey[]; message: string }[] }).issues
      .map((i) => `${i.path.join(".")}: ${i.message}`)
      .join("; ");
  }
  return error instanceof Error ? error.message : String(error);
}
