// ESLint: Next's rules (React, hooks, accessibility, TypeScript), Prettier for layout, and the
// import boundaries that keep the layers apart (CONTRIBUTING.md explains them).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const serverOnlyCode = {
  group: ["@/lib/server", "@/lib/server/**", "**/lib/server/**", "../server/*", "./server/*"],
  message:
    "Browser code must not import lib/server (not even types): import shared view types from lib/views.",
};
const databaseCode = {
  group: [
    "@/lib/db/**",
    "**/lib/db/**",
    "@/lib/generated/**",
    "**/generated/prisma/**",
    "@prisma/*",
  ],
  message: "Only lib/server, lib/db and scripts talk to the database.",
};
const frameworkCode = {
  group: ["next", "next/**", "react", "react-dom", "react/**", "@tanstack/*"],
  message: "lib/domain is pure: no framework imports.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  {
    files: ["lib/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            serverOnlyCode,
            databaseCode,
            frameworkCode,
            { group: ["node:*", "server-only"], message: "lib/domain is pure: no Node APIs." },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "lib/domain is pure: pass configuration in as arguments.",
        },
      ],
      "no-restricted-globals": ["error", { name: "fetch", message: "lib/domain is pure: no I/O." }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "lib/client/**/*.{ts,tsx}", "lib/views/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [serverOnlyCode, databaseCode] }],
    },
  },
  {
    files: ["lib/server/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/**", "@/lib/http/**", "**/lib/http/**"],
              message: "lib/server knows no HTTP: put adapters in lib/http.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        {
          name: "Request",
          message: "lib/server knows no HTTP: parse the request in lib/http or the route.",
        },
        {
          name: "Response",
          message: "lib/server knows no HTTP: build responses in lib/http or the route.",
        },
      ],
      "@typescript-eslint/no-restricted-types": [
        "error",
        {
          types: {
            Request: "lib/server knows no HTTP: take parsed values, not a Request.",
            Response: "lib/server knows no HTTP: return values, not a Response.",
            NextRequest: "lib/server knows no HTTP.",
            NextResponse: "lib/server knows no HTTP.",
          },
        },
      ],
    },
  },
]);
