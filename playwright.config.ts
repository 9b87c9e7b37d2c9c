import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./tests/e2e/support/browser";
import { E2E_BASE_URL as baseURL, E2E_PORT as port } from "./tests/e2e/support/server-env";

// CHROMIUM_PATH, Playwright's own browser, or a system Chromium/Chrome (tests/e2e/support/browser.ts).
const executablePath = findChromium() ?? undefined;
const quietFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: quietFlags },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } },
    },
  ],
  webServer: {
    command: "npx tsx tests/e2e/serve.ts",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: { PORT: String(port), AUTH_SIGNIN_MAX_PER_MINUTE: "60", NEXT_TELEMETRY_DISABLED: "1" },
    stdout: "pipe",
  },
});
