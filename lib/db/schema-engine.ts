import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type * as SchemaEngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

type WasmBindings = typeof SchemaEngineBindings & {
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
};

let bindingsPromise: Promise<WasmBindings> | null = null;

/**
 * Prisma 7's CLI would download a native schema engine, which this network cannot reach.
 * The same engine ships as WebAssembly on npm; instantiating it by hand avoids needing
 * Node's --experimental-wasm-modules flag.
 */
function loadBindings(): Promise<WasmBindings> {
  bindingsPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgModulePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as WasmBindings;
    const bytes = await readFile(path.join(path.dirname(bgModulePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return bindingsPromise;
}

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: { path: string; content: string }[],
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  const bindings = await loadBindings();
  return bindings.SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content]) },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}
