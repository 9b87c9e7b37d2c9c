import "server-only";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;

/**
 * The zip with every entry's modification time set to `date` (UTC), so the same content always
 * gives the same bytes: zip writers stamp entries with the time of writing. Only the two DOS
 * time fields of each local and central header change; the data and its CRC stay as they are.
 */
export function withFixedZipDates(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || out.readUInt32LE(end) !== END_OF_CENTRAL) return out;
  const entries = out.readUInt16LE(end + 10);
  let offset = out.readUInt32LE(end + 16);
  const { time, day } = dosDateTime(date);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(offset) !== CENTRAL_HEADER) break;
    out.writeUInt16LE(time, offset + 12);
    out.writeUInt16LE(day, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    if (out.readUInt32LE(local) === LOCAL_HEADER) {
      out.writeUInt16LE(time, local + 10);
      out.writeUInt16LE(day, local + 12);
    }
    offset +=
      46 +
      out.readUInt16LE(offset + 28) +
      out.readUInt16LE(offset + 30) +
      out.readUInt16LE(offset + 32);
  }
  return out;
}

function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time:
      (date.getUTCHours() << 11) |
      (date.getUTCMinutes() << 5) |
      Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
