import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";

// The layer rules in eslint.config.mjs, checked on code that breaks them: if a rule is loosened or
// its file patterns stop matching, these fail.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedRules(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? "parse-error");
}

describe("layer boundaries", () => {
  test("a component may not import lib/server, not even a type", async () => {
    expect(
      await restrictedRules(
        'import type { Actor } from "@/lib/server/actor";\nexport type X = Actor;\n',
        "components/example.tsx",
      ),
    ).toContain("no-restricted-imports");
    expect(
      await restrictedRules(
        'import { getPrisma } from "../lib/db/client";\nexport const p = getPrisma;\n',
        "lib/client/example.ts",
      ),
    ).toContain("no-restricted-imports");
  }, 60_000);

  test("lib/domain may not import Prisma, Next or React, nor read process.env", async () => {
    expect(
      await restrictedRules(
        'import { PrismaClient } from "@prisma/client";\nexport const c = PrismaClient;\n',
        "lib/domain/example.ts",
      ),
    ).toContain("no-restricted-imports");
    expect(
      await restrictedRules(
        'import { redirect } from "next/navigation";\nexport const r = redirect;\n',
        "lib/domain/example.ts",
      ),
    ).toContain("no-restricted-imports");
    expect(
      await restrictedRules(
        "export const today = process.env.CORRIDOR_TODAY;\n",
        "lib/domain/example.ts",
      ),
    ).toContain("no-restricted-properties");
  }, 60_000);

  test("lib/server knows no Next or Request", async () => {
    expect(
      await restrictedRules(
        'import { headers } from "next/headers";\nexport const h = headers;\n',
        "lib/server/example.ts",
      ),
    ).toContain("no-restricted-imports");
    expect(
      await restrictedRules(
        "export function read(request: Request) {\n  return request.url;\n}\n",
        "lib/server/example.ts",
      ),
    ).toContain("@typescript-eslint/no-restricted-types");
  }, 60_000);

  test("the same code is fine where it belongs", async () => {
    const rules = await restrictedRules(
      'import { headers } from "next/headers";\nexport const h = headers;\n',
      "lib/http/example.ts",
    );
    expect(rules).not.toContain("no-restricted-imports");
  }, 60_000);
});
