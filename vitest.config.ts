import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const alias = {
  "@": root,
  // Next's guard against importing server code into the browser; irrelevant under Node tests.
  "server-only": path.join(root, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // Day arithmetic must not depend on the machine's zone: run unit tests east of UTC by default
      // (CI runs them again west of it).
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          env: { TZ: process.env.TZ ?? "Asia/Singapore" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A fixed signing secret, as a deployment on DATABASE_URL must have (CI runs this suite twice).
          env: { BETTER_AUTH_SECRET: "integration-test-secret-0123456789abcdef" },
          // Each file gets its own database; PGlite is single-connection, so files run one at a time.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        // Stops and starts a PostgreSQL server under a production build: run by .ci/run after npm test.
        test: { name: "outage", include: ["tests/outage/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
