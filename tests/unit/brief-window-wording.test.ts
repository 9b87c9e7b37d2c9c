// "mid-2026" is the brief's expectation (a news summary's words), not a commitment by either
// government: nothing the app shows or exports may name it without saying whose it is.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MID_2026_WINDOW } from "@/lib/constants";
import {
  DEFAULT_WINDOW,
  describeWindow,
  portfolioWindow,
  windowVerdict,
  type TargetWindow,
} from "@/lib/domain/target-window";
import { TARGET_KINDS } from "@/lib/domain/types";

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["app", "components", "lib"];
const SKIPPED = new Set(["lib/generated"]);
/** The one place the bare label may stand: the data itself, whose comment names the brief. */
const LABEL_HOME = "lib/constants.ts";

type Violation = { line: number; text: string };

/** The string literal around `index` on `line`, or the whole line for comments, code and JSX text. */
function enclosingText(line: string, index: number): string {
  if (/^\s*(\/\*|\*|\/\/)/.test(line)) return line;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) {
        if (index > start && index < i) return line.slice(start + 1, i);
        quote = null;
      }
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
      start = i;
    } else if (c === "/" && (line[i + 1] === "/" || line[i + 1] === "*")) {
      return index > i ? line.slice(i) : line;
    }
  }
  // An apostrophe in JSX text, or a template literal running on: the line is what can be checked.
  return line;
}

/** Every "mid-2026" in `source` not said to be the brief's. */
export function unattributedMentions(source: string, labelHome = false): Violation[] {
  const found: Violation[] = [];
  source.split("\n").forEach((line, n) => {
    for (const match of line.matchAll(/mid-2026/gi)) {
      const text = enclosingText(line, match.index);
      if (/brief/i.test(text) || (labelHome && text === "mid-2026")) continue;
      found.push({ line: n + 1, text: line.trim() });
    }
  });
  return found;
}

/** Places that print a window's bare label instead of saying whose window it is. */
export function bareLabels(source: string): Violation[] {
  const found: Violation[] = [];
  source.split("\n").forEach((line, n) => {
    if (/\{\s*(?:\w+\.)*target\.label\s*\}/.test(line)) found.push({ line: n + 1, text: line });
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  const relative = path.relative(ROOT, dir);
  if (SKIPPED.has(relative)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [path.relative(ROOT, full)] : [];
  });
}

const files = SCANNED.flatMap((d) => sourceFiles(path.join(ROOT, d)));
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("no page or export says mid-2026 without saying it is the brief's", () => {
  it("scans the app's pages, components and libraries", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(LABEL_HOME);
    expect(files).toContain("components/dashboard/progress-section.tsx");
    expect(files.some((f) => f.startsWith("lib/generated"))).toBe(false);
  });

  it("finds the unattributed mentions it is meant to find", () => {
    const sample = [
      'const title = "Progress against the mid-2026 expectation";',
      "const ok = `Progress against the brief's mid-2026 expectation`;",
      "<h2>Behind the mid-2026 window</h2>",
      "// The brief's mid-2026 expectation, in a comment",
      'const label = "mid-2026";',
      "const hint = 'As the brief puts it, \"mid-2026\"';",
      "<p>Behind the brief's mid-2026 expectation</p>",
      "<p>Isn't it mid-2026 yet?</p>",
      ' * The "mid-2026" label',
    ].join("\n");
    expect(unattributedMentions(sample).map((v) => v.line)).toEqual([1, 3, 5, 8, 9]);
    expect(unattributedMentions(sample, true).map((v) => v.line)).toEqual([1, 3, 8, 9]);
    expect(
      bareLabels("<li>{target.label} window</li>\nconst x = `${i.target.label}`;"),
    ).toHaveLength(2);
  });

  it("finds none in the source", () => {
    const mentions = files.flatMap((file) =>
      unattributedMentions(read(file), file === LABEL_HOME).map(
        (v) => `${file}:${v.line}: ${v.text}`,
      ),
    );
    expect(mentions).toEqual([]);
  });

  it("names every window through describeWindow, never by its bare label", () => {
    const shown = files.filter((f) => f.startsWith("app/") || f.startsWith("components/"));
    const bare = shown.flatMap((file) =>
      bareLabels(read(file)).map((v) => `${file}:${v.line}: ${v.text.trim()}`),
    );
    expect(bare).toEqual([]);
  });
});

describe("whose window it is, in words", () => {
  const brief: TargetWindow = { ...MID_2026_WINDOW, kind: "external_expectation" };
  const promise: TargetWindow = {
    start: "2027-01-01",
    end: "2027-12-31",
    label: "end-2027",
    kind: "official_commitment",
  };

  it("calls an expectation the brief's and only a sourced commitment a commitment", () => {
    expect(describeWindow(brief)).toBe("the brief's mid-2026 expectation");
    expect(describeWindow(DEFAULT_WINDOW)).toBe("the brief's mid-2026 expectation");
    expect(describeWindow(promise)).toBe("the end-2027 commitment");
    expect(describeWindow(portfolioWindow([brief, promise]))).toBe(
      "the initiatives' target windows",
    );
  });

  it("makes the portfolio's band a commitment only when every window is one", () => {
    expect(portfolioWindow([brief, promise]).kind).toBe("external_expectation");
    expect(portfolioWindow([promise, promise]).kind).toBe("official_commitment");
    expect(portfolioWindow([brief]).kind).toBe("external_expectation");
  });

  it("says behind whose window, only once it has ended, and never off track", () => {
    expect(windowVerdict(20, 60, brief, "2026-09-30")).toBeNull();
    expect(windowVerdict(20, 60, brief, "2026-10-01")).toBe(
      "behind the brief's mid-2026 expectation",
    );
    expect(windowVerdict(59.6, 60, brief, "2026-11-28")).toBeNull();
    expect(windowVerdict(null, 60, brief, "2026-11-28")).toBeNull();
    expect(windowVerdict(10, 90, promise, "2028-01-01")).toBe("behind the end-2027 commitment");
    const verdicts = TARGET_KINDS.map((kind) =>
      windowVerdict(0, 100, { ...brief, kind }, "2026-11-28"),
    );
    expect(verdicts).toHaveLength(2);
    for (const v of verdicts) expect(v).not.toMatch(/off.track/i);
  });
});
