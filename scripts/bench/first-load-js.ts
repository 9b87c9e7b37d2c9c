// First-load JavaScript per page, read from the build's manifests: the scripts every page loads
// (build-manifest.json rootMainFiles) and the page's own entry chunks (its layouts and boundaries
// included) from its client reference manifest, each gzipped as a server would send it. The
// no-module polyfills are left out: current browsers skip them. Whether a page is prerendered at
// build time comes from prerender-manifest.json.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export type PageWeight = {
  path: string;
  /** Prerendered at build time (○ in the build output) or rendered per request (ƒ). */
  rendering: "static" | "dynamic";
  scripts: number;
  javascriptBytes: number;
  javascriptGzipBytes: number;
  /** How the scripts the served page loads compare with those counted (null: not checked). */
  servedCheck: string | null;
};

const BUILD = ".next";

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(BUILD, file), "utf8")) as T;
}

/** Page routes of the app, each with the build entry that renders it ("/(app)/dashboard/page"). */
export function pageEntries(): { path: string; entry: string }[] {
  const routes = readJson<Record<string, string>>("app-path-routes-manifest.json");
  return Object.entries(routes)
    .filter(([entry, route]) => entry.endsWith("/page") && !route.startsWith("/_"))
    .map(([entry, route]) => ({ path: route, entry }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function prerenderedRoutes(): Set<string> {
  const manifest = readJson<{ routes: Record<string, unknown> }>("prerender-manifest.json");
  return new Set(Object.keys(manifest.routes));
}

function entryScripts(entry: string): string[] {
  const file = path.join(BUILD, "server", "app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing: the build's layout has changed`);
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[entry]; run it in a sandbox.
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, unknown> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[entry] as
    { entryJSFiles?: Record<string, string[]> } | undefined;
  if (!manifest?.entryJSFiles) throw new Error(`${file} lists no entryJSFiles`);
  return Object.values(manifest.entryJSFiles).flat();
}

export function weighPages(): PageWeight[] {
  const { rootMainFiles } = readJson<{ rootMainFiles: string[] }>("build-manifest.json");
  const prerendered = prerenderedRoutes();
  const gzipped = new Map<string, { raw: number; gz: number }>();
  const size = (file: string) => {
    if (!gzipped.has(file)) {
      const bytes = readFileSync(path.join(BUILD, file));
      gzipped.set(file, { raw: bytes.byteLength, gz: gzipSync(bytes).byteLength });
    }
    return gzipped.get(file)!;
  };
  return pageEntries().map(({ path: route, entry }) => {
    const files = [...new Set([...rootMainFiles, ...entryScripts(entry)])];
    return {
      path: route,
      rendering: prerendered.has(route) ? "static" : "dynamic",
      scripts: files.length,
      javascriptBytes: files.reduce((sum, f) => sum + size(f).raw, 0),
      javascriptGzipBytes: files.reduce((sum, f) => sum + size(f).gz, 0),
      servedCheck: null,
    };
  });
}

const NO_MODULE_SRC = /<script\b[^>]*\ssrc="\/_next\/([^"?]+)"[^>]*\snomodule\b/gi;
const CHUNK = /\/_next\/(static\/chunks\/[\w.-]+\.js)/g;

/**
 * Cross-check against a served page: the scripts its HTML names, in its tags or in the component
 * payload (loaded on hydration); not the no-module polyfills, which current browsers skip.
 */
export async function checkServedScripts(
  weight: PageWeight,
  base: string,
  pagePath: string,
  token: string,
): Promise<void> {
  const res = await fetch(base + pagePath, { headers: { authorization: `Bearer ${token}` } });
  const html = await res.text();
  if (!res.ok) return;
  const { rootMainFiles } = readJson<{ rootMainFiles: string[] }>("build-manifest.json");
  const entry = pageEntries().find((p) => p.path === weight.path)!.entry;
  const listed = new Set([...rootMainFiles, ...entryScripts(entry)]);
  const noModule = new Set([...html.matchAll(NO_MODULE_SRC)].map((m) => m[1]));
  const served = [...new Set([...html.matchAll(CHUNK)].map((m) => m[1]))].filter(
    (src) => !noModule.has(src),
  );
  const uncounted = served.filter((src) => !listed.has(src)).length;
  const counted = served.length - uncounted;
  weight.servedCheck =
    uncounted === 0 && counted === listed.size
      ? `serves the same ${counted} scripts`
      : `serves ${counted} of the ${listed.size} counted, and ${uncounted} others`;
}
