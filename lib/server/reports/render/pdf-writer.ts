import "server-only";
import PDFDocument from "pdfkit";
import { reportFont, type FontWeight } from "./fonts";
import { shapeLatinWithoutCcmp, type ShapingFont } from "./pdf-shaping";

export const COLORS = {
  text: "#0f172a",
  muted: "#475569",
  faint: "#64748b",
  rule: "#cbd5e1",
  track: "#e2e8f0",
  reported: "#93c5fd",
  evidenced: "#1d4ed8",
  expected: "#c2410c",
  link: "#1d4ed8",
  draft: "#b45309",
  published: "#15803d",
} as const;

export const HEALTH_COLORS = {
  on_track: "#15803d",
  at_risk: "#b45309",
  off_track: "#b91c1c",
  not_assessed: "#64748b",
} as const;

/** A font as parsed by fontkit (pdfkit's font engine): pdfkit takes one wherever it takes a file. */
type ParsedFont = ShapingFont;
const parsedFonts = new Map<FontWeight, ParsedFont>();

/**
 * Parsing a 6 MB CJK font's metrics costs about a second; pdfkit parses again for every document
 * given the file, so each weight is parsed once per process and the parsed font handed in after.
 */
function fontSource(weight: FontWeight): PDFKit.Mixins.PDFFontSource {
  return (parsedFonts.get(weight) ?? reportFont(weight)) as PDFKit.Mixins.PDFFontSource;
}

function keepParsedFont(doc: PDFKit.PDFDocument, weight: FontWeight): void {
  if (parsedFonts.has(weight)) return;
  const font = (doc as unknown as { _font?: { font?: ParsedFont } })._font?.font;
  if (typeof font?.layout !== "function") return;
  shapeLatinWithoutCcmp(font);
  parsedFonts.set(weight, font);
}

const MARGINS = { top: 56, left: 56, right: 56, bottom: 72 };

type TextOptions = {
  size?: number;
  bold?: boolean;
  color?: string;
  indent?: number;
  /** Space after the text, in points. */
  after?: number;
  link?: string;
  align?: "left" | "right" | "center";
};

/**
 * A4 pages in Noto Sans KR (so Hangul renders), with helpers that keep headings with what follows
 * them. `info` dates are fixed by the caller: the same document gives the same bytes.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor(info: { title: string; author: string; subject: string; date: Date }) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGINS,
      bufferPages: true,
      // No default font: pdfkit would load its Helvetica metrics from disk; ours is set below.
      font: null as unknown as string,
      lang: "en-GB",
      displayTitle: true,
      info: {
        Title: info.title,
        Author: info.author,
        Subject: info.subject,
        Creator: "Corridor",
        Producer: "Corridor (pdfkit)",
        CreationDate: info.date,
        ModDate: info.date,
      },
    });
    this.doc.registerFont("Regular", fontSource("regular"));
    this.doc.registerFont("Bold", fontSource("bold"));
    this.doc.font("Bold");
    keepParsedFont(this.doc, "bold");
    this.doc.font("Regular");
    keepParsedFont(this.doc, "regular");
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  room(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
  }

  style(size: number, bold = false, color: string = COLORS.text): this {
    this.doc
      .font(bold ? "Bold" : "Regular")
      .fontSize(size)
      .fillColor(color);
    return this;
  }

  heightOf(text: string, size: number, width = this.width, bold = false): number {
    this.style(size, bold);
    return this.doc.heightOfString(text, { width, lineGap: lineGap(size) });
  }

  text(text: string, options: TextOptions = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.style(size, options.bold, options.color);
    this.room(size * 1.6);
    this.doc.text(text, this.left + indent, this.doc.y, {
      width: this.width - indent,
      lineGap: lineGap(size),
      align: options.align ?? "left",
      ...(options.link ? { link: options.link } : {}),
    });
    this.doc.y += options.after ?? 0;
  }

  /** A bold label run straight into plain text: "Latest update (3 Jun 2026): …". */
  labelled(label: string, text: string, options: TextOptions = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.room(size * 1.6);
    this.style(size, true, options.color);
    const opts = { width: this.width - indent, lineGap: lineGap(size) };
    this.doc.text(`${label} `, this.left + indent, this.doc.y, { ...opts, continued: true });
    this.style(size, false, options.color);
    this.doc.text(text, opts);
    this.doc.y += options.after ?? 0;
  }

  heading(text: string, size = 15, keepWith = 60): void {
    this.room(size * 2 + keepWith);
    this.text(text, { size, bold: true, after: size * 0.35 });
  }

  bullets(items: string[], options: TextOptions = {}): void {
    const size = options.size ?? 9.5;
    const indent = (options.indent ?? 0) + 11;
    for (const item of items) {
      this.room(size * 1.6);
      const y = this.doc.y;
      this.style(size, false, COLORS.faint);
      this.doc.text("•", this.left + indent - 10, y, { lineBreak: false });
      this.doc.y = y;
      this.text(item, { ...options, size, indent, after: 1.5 });
    }
    this.doc.y += options.after ?? 0;
  }

  rule(color: string = COLORS.rule): void {
    const y = this.doc.y;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke();
    this.doc.y = y + 6;
  }

  /** `text` cut at a word boundary (with "…") so that it fits `width` on one line at `size`. */
  fit(text: string, width: number, size: number, bold = false): string {
    this.style(size, bold);
    if (this.doc.widthOfString(text) <= width) return text;
    let cut = text;
    while (cut.length > 1 && this.doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  /** Footer on every page: what the report is, "Page n of m", and the fingerprint when given. */
  footers(left: string, sha256?: string): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      const margins = page.margins;
      // Writing inside the bottom margin must not start a new page.
      page.margins = { ...margins, bottom: 0 };
      const top = page.height - margins.bottom + 18;
      const width = page.width - margins.left - margins.right;
      this.doc
        .moveTo(margins.left, top - 6)
        .lineTo(margins.left + width, top - 6)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
      this.style(7.5, false, COLORS.muted);
      this.doc.text(left, margins.left, top, { width: width - 80, lineBreak: false });
      this.doc.text(`Page ${i - range.start + 1} of ${range.count}`, margins.left, top, {
        width,
        align: "right",
        lineBreak: false,
      });
      if (sha256) {
        this.style(7, false, COLORS.muted);
        this.doc.text(`SHA-256 ${sha256}`, margins.left, top + 11, { width });
      }
      page.margins = margins;
    }
  }

  async finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.doc.end();
    return done;
  }
}

function lineGap(size: number): number {
  return size * 0.18;
}
