import os from "node:os";
import path from "node:path";

// Fixed per port, so that tests can run scripts against the same embedded database as the server.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_ROOT = path.join(os.tmpdir(), `corridor-e2e-${E2E_PORT}`);
export const E2E_DATA_DIR = path.join(E2E_DATA_ROOT, "pglite");
