import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { deflateStoredEntries } from "@/lib/server/reports/render/zip-deflate";

type Entry = { name: string; method: number; crc: number; data: Buffer };

/** Each entry of a zip, read from its central directory and local headers, data uncompressed. */
function entries(zip: Buffer): Entry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    expect(zip.readUInt16LE(local + 8)).toBe(method);
    expect(zip.readUInt32LE(local + 18)).toBe(size);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    out.push({
      name: zip.subarray(at + 46, at + 46 + nameLength).toString("utf8"),
      method,
      crc: zip.readUInt32LE(at + 16),
      data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

async function storedWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Rows");
  sheet.addRow(["Initiative", "Progress"]);
  for (let n = 1; n <= 500; n++) sheet.addRow([`Generated agreement ${n}`, n / 500]);
  return Buffer.from(await book.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
}

describe("deflateStoredEntries", () => {
  it("deflates every stored file, keeping names, CRCs, order and content", async () => {
    const stored = await storedWorkbook();
    const deflated = deflateStoredEntries(stored);
    const before = entries(stored);
    const after = entries(deflated);

    expect(before.every((e) => e.method === 0)).toBe(true);
    expect(after.map((e) => [e.name, e.crc, e.data])).toEqual(
      before.map((e) => [e.name, e.crc, e.data]),
    );
    const files = after.filter((e) => e.data.length > 0);
    expect(files.length).toBeGreaterThan(3);
    expect(files.every((e) => e.method === 8)).toBe(true);
    expect(after.filter((e) => e.data.length === 0).every((e) => e.method === 0)).toBe(true);
    expect(deflated.length).toBeLessThan(stored.length / 2);
  });

  it("gives a workbook that reads back whole", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(deflateStoredEntries(await storedWorkbook()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Rows")!;
    expect(sheet.rowCount).toBe(501);
    expect(sheet.getRow(501).values).toEqual([undefined, "Generated agreement 500", 1]);
  });

  it("leaves what is not a zip as it is", () => {
    const bytes = Buffer.from("not a zip");
    expect(deflateStoredEntries(bytes)).toBe(bytes);
  });
});
