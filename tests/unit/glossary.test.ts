import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "@/components/dashboard/glossary-terms";
import { GAP_DEFINITION } from "@/lib/domain/verdict";

const ROOT = path.resolve(__dirname, "../..");
const DASHBOARD = ["components/dashboard", "app/(app)/dashboard"];

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(path.join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe("the glossary", () => {
  it("defines each term once, the gap in the words every page prints", () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "gap",
        "expected",
        "reported-evidenced",
        "schedule",
        "health",
        "as-of",
        "window",
        "planned-estimate",
        "stale",
        "overdue",
        "forecast",
      ]),
    );
    expect(GLOSSARY.find((e) => e.id === "gap")?.body[0]).toBe(GAP_DEFINITION);
  });

  it("says the brief's window is a news summary's words, not a government's commitment", () => {
    const window = GLOSSARY.find((e) => e.id === "window")!.body.join(" ");
    expect(window).toMatch(/news summary's words, not a commitment by either government/);
  });

  it("is what the dashboard's glossary links point at", () => {
    const linked = DASHBOARD.flatMap(files).flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/GlossaryLink term="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    expect(linked.length).toBeGreaterThan(5);
    const ids = new Set<string>(GLOSSARY.map((e) => e.id));
    expect(linked.filter((id) => !ids.has(id))).toEqual([]);
  });
});
