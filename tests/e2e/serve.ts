// Serves the production build for Playwright on a fresh embedded database in a temporary folder.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const dataRoot = mkdtempSync(path.join(os.tmpdir(), "corridor-e2e-"));
const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: path.join(dataRoot, "pglite") };
delete env.DATABASE_URL;

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", ...args], { stdio: "inherit", env });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run ${args.join(" ")} exited ${code}`)),
    );
  });
}

await run(["db:migrate"]);
await run(["db:seed"]);
const server = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3100"], {
  stdio: "inherit",
  env,
});
const stop = () => {
  server.kill("SIGTERM");
  rmSync(dataRoot, { recursive: true, force: true });
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  rmSync(dataRoot, { recursive: true, force: true });
  process.exit(code ?? 0);
});
