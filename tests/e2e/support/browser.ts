// Finds a Chromium the way users have one: CHROMIUM_PATH, then Playwright's own download, then the
// usual system installs of Chromium or Chrome.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

export const NO_BROWSER_MESSAGE =
  "No Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`; " +
  "elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.";

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const own = safely(() => chromium.executablePath());
  if (own && existsSync(own)) return own;
  return SYSTEM_BROWSERS.find((candidate) => existsSync(candidate)) ?? null;
}

function safely(read: () => string): string | null {
  try {
    return read();
  } catch {
    return null;
  }
}
