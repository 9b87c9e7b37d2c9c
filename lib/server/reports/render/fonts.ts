import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

const PACKAGE = "@expo-google-fonts/noto-sans-kr";
const FILES = {
  regular: "400Regular/NotoSansKR_400Regular.ttf",
  bold: "700Bold/NotoSansKR_700Bold.ttf",
} as const;
export type FontWeight = keyof typeof FILES;

const cache = new Map<FontWeight, Buffer>();

/**
 * Noto Sans KR (Latin, Hangul and the punctuation the reports use), read once per process from
 * the installed font package. Found from the app's directory (where `npm start`, the scripts and
 * the tests run), not through `require.resolve`, which the bundler would follow into every font
 * file of the package.
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
  return path.join(
    /* turbopackIgnore: true */ process.cwd(),
    "node_modules",
    PACKAGE,
    FILES[weight],
  );
}
