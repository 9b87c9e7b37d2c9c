import "server-only";
import { randomInt } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const REPORT_ID = /^c[0-9a-z]{24}$/;

/**
 * A collision-resistant id in the shape of Prisma's cuid ("c" and 24 lower-case letters or
 * digits), made before the row is written: the frozen document carries its own id.
 */
export function newReportId(): string {
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  let random = "";
  for (let i = 0; i < 15; i++) random += ALPHABET[randomInt(ALPHABET.length)];
  return `c${time}${random}`;
}

export function isReportId(value: string): boolean {
  return REPORT_ID.test(value);
}
