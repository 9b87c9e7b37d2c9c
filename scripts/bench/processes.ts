// Child processes of the bench: the project's own npm scripts (generate, users, tokens, build).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Runs `npm run <script> -- args`; answers its stdout, or throws with its stderr. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "npm",
      ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])],
      {
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(out)
        : reject(
            new Error(`npm run ${script} exited with ${code}: ${(err || out).trim().slice(-2000)}`),
          ),
    );
  });
}

const SOURCE_DIRS = ["app", "components", "lib", "prisma", "public"];
const SOURCE_FILES = ["next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];

/** The rule scripts/start.ts applies: a build older than any source is stale. */
export function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p) || p.includes(`${path.sep}generated`)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) for (const entry of readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return statSync(buildId).mtimeMs < newest;
}
