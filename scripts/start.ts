// npm start: opens the database (the embedded one is served from this process, so scripts run
// beside it reach the same data), migrates and seeds it, builds the app when the build is missing
// or older than the sources, then serves it with `next start` on PORT (default 3000).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseTarget } from "../lib/db/adapter-factory";
import { DatabaseInUseError, hostEmbeddedDatabase } from "../lib/db/embedded/host";

const SOURCE_DIRS = ["app", "components", "lib", "prisma", "public"];
const SOURCE_FILES = ["next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p) || p.includes(`${path.sep}generated`)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) for (const entry of readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

// Asynchronous on purpose: the children connect to the database this process serves.
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: process.env });
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

async function openDatabase() {
  const target = resolveDatabaseTarget();
  if (target.kind !== "pglite" || !target.dataDir) return null;
  try {
    return await hostEmbeddedDatabase(target.dataDir, { role: "server", command: "npm start" });
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const port = process.env.PORT ?? "3000";
// The app checks its own health on this port (proxy.ts).
process.env.PORT = port;
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const database = await openDatabase();
const shutDown = async (code: number) => {
  await database?.close();
  process.exit(code);
};

try {
  await run("npm", ["run", "--silent", "db:migrate"]);
  await run("npm", ["run", "--silent", "db:seed"]);
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceTime()) {
    await run("npm", ["run", "--silent", "build"]);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutDown(1);
}

// Next's own entry under this Node, not npx: a signal sent to this process must reach the server.
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const server = spawn(process.execPath, [nextBin, "start", "-p", port], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => void shutDown(code ?? 0));
