import { request, type FullConfig } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { DEMO_ACCOUNTS } from "../../lib/demo-accounts";
import { STORAGE_DIR, storageStateFor } from "./support/roles";

/** Signs each demo account in once through the auth API and keeps its session cookie for the tests. */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  mkdirSync(STORAGE_DIR, { recursive: true });
  for (const account of DEMO_ACCOUNTS) {
    const context = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
    const res = await context.post("/api/auth/sign-in/email", {
      data: { email: account.email, password: account.password },
    });
    if (!res.ok())
      throw new Error(`Sign-in for ${account.email} failed: ${res.status()} ${await res.text()}`);
    await context.storageState({ path: storageStateFor(account.role) });
    await context.dispose();
  }
}
