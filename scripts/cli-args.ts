import { parseArgs } from "node:util";

/** Parses `--name value` flags for the small admin scripts. */
export function readFlags(names: string[]): Record<string, string | undefined> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: Object.fromEntries(names.map((n) => [n, { type: "string" as const }])),
    strict: true,
  });
  return values as Record<string, string | undefined>;
}
