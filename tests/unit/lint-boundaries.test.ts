import { ESLint } from "eslint";
import { expect, test } from "vitest";

// The layer rules in eslint.config.mjs, checked on code that breaks them: if a rule is loosened or
// its file patterns stop matching, these fail.
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? "parse-error");
}

const imports = (what: string, from: string) =>
  `import ${what} from "${from}";\nexport const x = 1;\n`;

test.each([
  [
    "a component importing a lib/server type",
    "components/example.tsx",
    imports("type { Actor }", "@/lib/server/actor"),
    "no-restricted-imports",
  ],
  [
    "browser code importing the database",
    "lib/client/example.ts",
    imports("{ getPrisma }", "../lib/db/client"),
    "no-restricted-imports",
  ],
  [
    "lib/domain importing Prisma",
    "lib/domain/example.ts",
    imports("{ PrismaClient }", "@prisma/client"),
    "no-restricted-imports",
  ],
  [
    "lib/domain importing Next",
    "lib/domain/example.ts",
    imports("{ redirect }", "next/navigation"),
    "no-restricted-imports",
  ],
  [
    "lib/domain reading process.env",
    "lib/domain/example.ts",
    "export const t = process.env.CORRIDOR_TODAY;\n",
    "no-restricted-properties",
  ],
  [
    "lib/server importing Next",
    "lib/server/example.ts",
    imports("{ headers }", "next/headers"),
    "no-restricted-imports",
  ],
  [
    "lib/server taking a Request",
    "lib/server/example.ts",
    "export const read = (r: Request) => r.url;\n",
    "@typescript-eslint/no-restricted-types",
  ],
])(
  "lint refuses %s",
  async (_, file, code, rule) => {
    expect(await rulesBroken(code, file)).toContain(rule);
  },
  60_000,
);

test("the same import is fine where it belongs (lib/http)", async () => {
  expect(
    await rulesBroken(imports("{ headers }", "next/headers"), "lib/http/example.ts"),
  ).not.toContain("no-restricted-imports");
}, 60_000);
