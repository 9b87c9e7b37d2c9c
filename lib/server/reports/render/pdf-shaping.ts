import "server-only";

/**
 * Shaping text with Noto Sans KR costs fontkit about 25 µs a glyph, nearly all of it in one
 * glyph-composition ('ccmp') lookup of 268 contextual rules for Hangul jamo, tried at every glyph;
 * a 4,000-page report spends seconds there. Where no 'ccmp' rule can match, shaping without the
 * feature gives the same glyphs and positions ten times faster, so the font is shaped that way for
 * text that is Latin or common punctuation and holds no glyph (or pair of glyphs) any of those
 * rules starts with. Anything else is shaped as before.
 */

type Coverage =
  | { version: 1; glyphs: number[] }
  | { version: 2; rangeRecords: { start: number; end: number; startCoverageIndex: number }[] };

/** A GSUB subtable as fontkit decodes it: only the parts that say where a rule can start. */
type SubTable = {
  version?: number;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  ligatureSets?: { get(index: number): { components: number[] }[] };
  lookupType?: number;
  extension?: SubTable;
};

type Lookup = {
  lookupType: number;
  flags: { markAttachmentType: number; flags: Record<string, boolean> };
  subTables: SubTable[];
};

type Gsub = {
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(index: number): Lookup };
  featureVariations?: unknown;
};

/** The fontkit font pdfkit shapes with (what pdfkit's `layoutRun` calls). */
export type ShapingFont = {
  GSUB?: Gsub;
  glyphForCodePoint(codePoint: number): { id: number };
  layout(text: string, ...rest: unknown[]): unknown;
};

/**
 * The features fontkit's default shaper (Latin and common text) puts in its one stage, where
 * lookups run in lookup-list order whatever their feature.
 */
const DEFAULT_SHAPER_FEATURES = new Set([
  ...["rvrn", "ltra", "ltrm", "frac", "numr", "dnom"],
  ...["ccmp", "locl", "rlig", "mark", "mkmk"],
  ...["calt", "clig", "liga", "rclt", "curs", "kern"],
]);

/**
 * Glyphs at which a lookup may start to match, each with the glyphs that must follow it for a
 * match (null: any, or none needed).
 */
type Triggers = Map<number, Set<number> | null>;

const faster = new WeakSet<object>();

/** Makes `font.layout` skip 'ccmp' where it cannot apply; a font it cannot reason about is left as is. */
export function shapeLatinWithoutCcmp(font: ShapingFont): void {
  if (faster.has(font)) return;
  faster.add(font);
  const triggers = ccmpTriggers(font.GSUB);
  if (!triggers) return;
  const glyphs = new Map<number, number>();
  const glyphOf = (code: number) => {
    let id = glyphs.get(code);
    if (id === undefined) glyphs.set(code, (id = font.glyphForCodePoint(code).id));
    return id;
  };
  const layout = font.layout;
  font.layout = function (text: string, ...rest: unknown[]) {
    // pdfkit passes no features (undefined) unless a text asks for some.
    const asked = rest.some((arg) => arg !== undefined);
    if (!asked && ccmpCannotApply(text, glyphOf, triggers))
      return layout.call(this, text, { ccmp: false });
    return layout.call(this, text, ...rest);
  };
}

/**
 * True for text of Basic Latin to Latin Extended-B and General Punctuation to Miscellaneous Symbols
 * and Arrows (shaped by fontkit's default shaper, one glyph per character) where no glyph, or pair
 * of glyphs, starts a rule of the lookups up to 'ccmp'.
 */
function ccmpCannotApply(
  text: string,
  glyphOf: (code: number) => number,
  triggers: Triggers,
): boolean {
  let following: Set<number> | null | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0300 && (code < 0x2000 || code > 0x2bff)) return false;
    const glyph = glyphOf(code);
    if (following?.has(glyph)) return false;
    following = triggers.get(glyph);
    if (following === null) return false;
  }
  return true;
}

/**
 * Where the lookups that run up to the last 'ccmp' lookup could start: while none of them matches,
 * the glyphs stay as mapped from the text, and leaving 'ccmp' out changes nothing. Null when the
 * font has no 'ccmp', varies its features, or holds a lookup this does not know.
 */
function ccmpTriggers(gsub: Gsub | undefined): Triggers | null {
  if (!gsub || gsub.featureVariations) return null;
  const ccmp = gsub.featureList.filter((f) => f.tag === "ccmp");
  if (ccmp.length === 0) return null;
  const last = Math.max(...ccmp.flatMap((f) => f.feature.lookupListIndexes));
  const indexes = new Set(
    gsub.featureList
      .filter((f) => DEFAULT_SHAPER_FEATURES.has(f.tag))
      .flatMap((f) => f.feature.lookupListIndexes)
      .filter((index) => index <= last),
  );
  const triggers: Triggers = new Map();
  for (const index of indexes) {
    const lookup = gsub.lookupList.get(index);
    const plain =
      !lookup.flags.markAttachmentType && !Object.values(lookup.flags.flags).some(Boolean);
    for (const table of lookup.subTables)
      if (!addTriggers(triggers, lookup.lookupType, table, plain)) return null;
  }
  return triggers;
}

/** Adds where this subtable can start a match; false for a subtable it cannot read. */
function addTriggers(triggers: Triggers, type: number, table: SubTable, plain: boolean): boolean {
  switch (type) {
    case 1:
    case 2:
    case 3:
    case 8:
      return addCoverage(triggers, table.coverage, () => null);
    case 4:
      // A ligature needs its next components after the first glyph; without skipping flags, the
      // very next glyph is its second.
      return addCoverage(triggers, table.coverage, (k) => {
        const ligatures = plain ? table.ligatureSets?.get(k) : undefined;
        if (!ligatures || ligatures.some((l) => l.components.length === 0)) return null;
        return new Set(ligatures.map((l) => l.components[0]));
      });
    case 5:
      return addCoverage(
        triggers,
        table.version === 3 ? table.coverages?.[0] : table.coverage,
        () => null,
      );
    case 6:
      return addCoverage(
        triggers,
        table.version === 3 ? table.inputCoverage?.[0] : table.coverage,
        () => null,
      );
    case 7:
      return (
        table.lookupType !== undefined &&
        table.extension !== undefined &&
        addTriggers(triggers, table.lookupType, table.extension, plain)
      );
    default:
      return false;
  }
}

function addCoverage(
  triggers: Triggers,
  coverage: Coverage | undefined,
  following: (coverageIndex: number) => Set<number> | null,
): boolean {
  if (!coverage) return false;
  const add = (glyph: number, coverageIndex: number) => {
    const known = triggers.get(glyph);
    if (known === null) return;
    const next = following(coverageIndex);
    triggers.set(glyph, next && known ? new Set([...known, ...next]) : next);
  };
  if (coverage.version === 1) coverage.glyphs.forEach((glyph, k) => add(glyph, k));
  else if (coverage.version === 2)
    for (const r of coverage.rangeRecords)
      for (let glyph = r.start; glyph <= r.end; glyph++)
        add(glyph, r.startCoverageIndex + glyph - r.start);
  else return false;
  return true;
}
