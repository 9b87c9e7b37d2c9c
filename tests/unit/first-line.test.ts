import { describe, expect, it } from "vitest";
import { firstLine } from "@/lib/domain/text";

describe("a status update's first line", () => {
  it("is its first sentence, or its first line", () => {
    expect(firstLine("Talks resumed. The next round is in March.")).toBe("Talks resumed.");
    expect(firstLine("  Round 4 held\nSecond line.")).toBe("Round 4 held");
    expect(firstLine("Signed on 2 Mar 2026 [S1]. More.")).toBe("Signed on 2 Mar 2026 [S1].");
  });

  it("keeps a decimal or an abbreviation inside the sentence whole", () => {
    expect(firstLine("KRW 1.5bn committed; e.g.the fund. Next.")).toBe(
      "KRW 1.5bn committed; e.g.the fund.",
    );
  });

  it("is cut at a word with an ellipsis when too long", () => {
    const long = `${"word ".repeat(50)}end.`;
    const line = firstLine(long, 40);
    expect(line).toBe(`${"word ".repeat(7).trim()}…`);
    expect(line.length).toBeLessThanOrEqual(40);
  });

  it("is empty for an empty update", () => {
    expect(firstLine("   ")).toBe("");
  });
});
