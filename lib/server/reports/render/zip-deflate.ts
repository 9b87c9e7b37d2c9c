import "server-only";
import { deflateRawSync } from "node:zlib";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const STORED = 0;
const DEFLATED = 8;
/** General-purpose flag: sizes follow the data instead of being in the local header. */
const DATA_DESCRIPTOR = 0x0008;

/**
 * The zip with its stored (uncompressed) entries deflated by Node's zlib. The workbook writer's
 * own deflate runs in JavaScript and takes about a second on a large portfolio's workbook, so it
 * writes the entries stored and they are compressed here, several times faster. Names, CRCs,
 * uncompressed sizes and order stay as written; only each entry's method, compressed size and
 * offset change. A zip this does not expect (data descriptors, zip64) comes back as it was.
 */
export function deflateStoredEntries(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(END_OF_CENTRAL);
  if (end < 0) return zip;
  const count = zip.readUInt16LE(end + 10);
  const directory = Buffer.from(zip.subarray(zip.readUInt32LE(end + 16), end));
  const parts: Buffer[] = [];
  let written = 0;
  for (let i = 0, at = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_HEADER) return zip;
    const local = directory.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) return zip;
    if (zip.readUInt16LE(local + 6) & DATA_DESCRIPTOR) return zip;
    const headerLength = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const header = Buffer.from(zip.subarray(local, local + headerLength));
    const start = local + headerLength;
    let data = zip.subarray(start, start + header.readUInt32LE(18));
    // Folders and empty files stay stored, as the writer's own deflate leaves them.
    if (header.readUInt16LE(8) === STORED && data.length > 0) {
      data = deflateRawSync(data);
      header.writeUInt16LE(DEFLATED, 8);
      header.writeUInt32LE(data.length, 18);
      directory.writeUInt16LE(DEFLATED, at + 10);
      directory.writeUInt32LE(data.length, at + 20);
    }
    directory.writeUInt32LE(written, at + 42);
    parts.push(header, data);
    written += header.length + data.length;
    at +=
      46 +
      directory.readUInt16LE(at + 28) +
      directory.readUInt16LE(at + 30) +
      directory.readUInt16LE(at + 32);
  }
  const tail = Buffer.from(zip.subarray(end));
  tail.writeUInt32LE(written, 16);
  return Buffer.concat([...parts, directory, tail]);
}
