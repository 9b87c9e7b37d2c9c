import "server-only";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const PACKAGE = "@expo-google-fonts/noto-sans-kr";
const FILES = {
  regular: "400Regular/NotoSansKR_400Regular.ttf",
  bold: "700Bold/NotoSansKR_700Bold.ttf",
} as const;
export type FontWeight = keyof typeof FILES;

const cache = new Map<FontWeight, Buffer>();

/**
 * Noto Sans KR (Latin, Hangul and the punctuation the reports use), read once per process. Resolved
 * through Node's module resolution so it works from the source tree, tests and `next start`;
 * the working directory's node_modules is the fallback should a bundler hide the package.
 */
export function reportFont(weight: FontWeight): Buffer {
  let buffer = cache.get(weight);
  if (!buffer) {
    buffer = readFileSync(fontPath(weight));
    cache.set(weight, buffer);
  }
  return buffer;
}

function fontPath(weight: FontWeight): string {
  const file = `${PACKAGE}/${FILES[weight]}`;
  try {
    return createRequire(import.meta.url).resolve(file);
  } catch {
    return path.join(process.cwd(), "node_modules", file);
  }
}
