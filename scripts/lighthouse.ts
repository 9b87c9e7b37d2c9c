// npm run lighthouse [-- http://127.0.0.1:3000] [--out .lighthouse/dashboard.json]
// Lighthouse's mobile preset (its default configuration) on the dashboard of a running server,
// signed in as the demo executive, in the Chromium the browser tests use. Prints the four category
// scores and the main metrics, writes the JSON report, and exits 1 when the target is missed
// (performance at least 95, the other categories 100).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { DEMO_ACCOUNTS } from "../lib/demo-accounts";
import { findChromium, NO_BROWSER_MESSAGE } from "../tests/e2e/support/browser";

const CATEGORIES = [
  ["performance", "Performance", 95],
  ["accessibility", "Accessibility", 100],
  ["best-practices", "Best practices", 100],
  ["seo", "SEO", 100],
] as const;
const METRICS = [
  ["first-contentful-paint", "First Contentful Paint (FCP)"],
  ["largest-contentful-paint", "Largest Contentful Paint (LCP)"],
  ["total-blocking-time", "Total Blocking Time (TBT)"],
  ["cumulative-layout-shift", "Cumulative Layout Shift (CLS)"],
  ["speed-index", "Speed Index (SI)"],
] as const;

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { out: { type: "string" } },
  allowPositionals: true,
  strict: true,
});
const base = new URL(positionals[0] ?? "http://127.0.0.1:3000").origin;
const target = `${base}/dashboard`;
const out = values.out ?? path.join(".lighthouse", "dashboard.json");

const chromePath = findChromium();
if (!chromePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

const cookie = await signIn();
const chrome = await launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
});
try {
  const result = await lighthouse(target, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    extraHeaders: { Cookie: cookie },
  });
  if (!result) throw new Error("Lighthouse returned no result.");
  const { lhr } = result;
  const landed = new URL(lhr.finalDisplayedUrl).pathname;
  if (landed !== "/dashboard")
    throw new Error(`Lighthouse ended on ${landed}, not /dashboard: the session was not used.`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, String(result.report));

  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}: ${target}`);
  let missed = false;
  for (const [id, label, wanted] of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    const shown = score === null || score === undefined ? "n/a" : String(Math.round(score * 100));
    const ok = typeof score === "number" && Math.round(score * 100) >= wanted;
    missed ||= !ok;
    console.log(
      `  ${label.padEnd(16)} ${shown.padStart(3)}  (target ${wanted}${ok ? "" : ", missed"})`,
    );
  }
  for (const [id, label] of METRICS)
    console.log(`  ${label.padEnd(32)} ${lhr.audits[id]?.displayValue ?? "n/a"}`);
  for (const warning of lhr.runWarnings) console.log(`  Warning: ${warning}`);
  console.log(`Report: ${out}`);
  if (missed) process.exitCode = 1;
} finally {
  chrome.kill();
}

/** Signs the demo executive in through the auth API, as a browser would, and returns its cookies. */
async function signIn(): Promise<string> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === "executive")!;
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: account.email, password: account.password }),
  }).catch((error: unknown) => {
    throw new Error(`No server answers at ${base} (${String(error)}); start one with npm start.`);
  });
  if (!res.ok)
    throw new Error(`Signing in as ${account.email} failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((line) => line.split(";")[0]);
  if (cookies.length === 0) throw new Error("Signing in set no cookie.");
  return cookies.join("; ");
}
