import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { reportFont, type FontWeight } from "@/lib/server/reports/render/fonts";
import { shapeLatinWithoutCcmp, type ShapingFont } from "@/lib/server/reports/render/pdf-shaping";

type Run = {
  glyphs: { id: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  features: Record<string, boolean>;
};

/** A fresh parse of the report font, as pdfkit makes it. */
function parsedFont(weight: FontWeight): ShapingFont {
  const doc = new PDFDocument({ font: null as unknown as string });
  doc.font(reportFont(weight));
  return (doc as unknown as { _font: { font: ShapingFont } })._font.font;
}

const shaped = (run: Run) => ({
  glyphs: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
});

// Latin letters that kern, the glyphs that start the font's composition rules (M, m, Ê, ê, the
// dashes), combining marks they compose with, Hangul and the punctuation the reports print.
const CHARACTERS = [
  ..."AMVWTYLPaemoyvw.,:;/-()[]0123456789 ",
  ..."–—―·•…’“”→−ÊêéÅ",
  "\u0304",
  "\u030c",
  ..."양자기술",
];
const TEXTS = [
  "https://example.org/generated/00001/record-1",
  "Milestones (24)",
  "Korea–Singapore FTA upgrade: 59% done of 45% due by 28 Nov 2026",
  "M\u0304 m\u030c Ê\u0304 ——",
  "양자 기술 공동 워크숍",
  "Generated agreement 00001 (benchmark data)",
];

describe("shaping the report font without 'ccmp' where it cannot apply", () => {
  for (const weight of ["regular", "bold"] as const) {
    it(`gives the same glyphs and positions as full shaping (${weight})`, () => {
      const full = parsedFont(weight);
      const quick = parsedFont(weight);
      shapeLatinWithoutCcmp(quick);
      const texts = [
        ...TEXTS,
        ...CHARACTERS.flatMap((a) => CHARACTERS.map((b) => `${a}${b}`)),
        ...CHARACTERS.map((c) => `${c}${c}${c}`),
      ];
      for (const text of texts)
        expect(shaped(quick.layout(text) as Run), text).toEqual(shaped(full.layout(text) as Run));
    });
  }

  it("skips 'ccmp' on plain Latin text only", () => {
    const font = parsedFont("regular");
    shapeLatinWithoutCcmp(font);
    const ccmp = (text: string) => (font.layout(text) as Run).features.ccmp;
    expect(ccmp("https://example.org/generated/00001/record-1")).toBe(false);
    expect(ccmp("Milestones (24) · done 3 Jun 2026 – “planned”")).toBe(false);
    expect(ccmp("M\u0304")).toBe(true);
    expect(ccmp("——")).toBe(true);
    expect(ccmp("양자")).toBe(true);
    // Features a text asks for are kept as asked.
    expect((font.layout("Milestones", ["ccmp"]) as Run).features.ccmp).toBe(true);
  });
});
