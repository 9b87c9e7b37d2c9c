// Serves the production build for Playwright the way `npm start` does (scripts/start.ts: the
// embedded database served from one process, migrated and seeded), on a fresh folder.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { embeddedEnv } from "../support/script-env";
import { E2E_DATA_DIR, E2E_DATA_ROOT } from "./support/server-env";

rmSync(E2E_DATA_ROOT, { recursive: true, force: true });
const env = embeddedEnv(E2E_DATA_DIR);

// In Playwright's process group: stopping the web server stops next start behind npx and tsx too.
const server = spawn("npx", ["tsx", "scripts/start.ts"], { stdio: "inherit", env });
const stop = (signal: NodeJS.Signals) => server.kill(signal);
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
server.on("exit", (code) => {
  rmSync(E2E_DATA_ROOT, { recursive: true, force: true });
  process.exit(code ?? 0);
});
