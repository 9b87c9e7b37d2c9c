import type { Role } from "./domain/types";

/** Seeded only on the embedded demo database; shown on the sign-in page there and in the README. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; password: string }[] = [
  {
    email: "admin@corridor.test",
    name: "Demo Admin",
    role: "admin",
    password: "corridor-admin-2026",
  },
  {
    email: "analyst@corridor.test",
    name: "Demo Analyst",
    role: "analyst",
    password: "corridor-analyst-2026",
  },
  {
    email: "executive@corridor.test",
    name: "Demo Executive",
    role: "executive",
    password: "corridor-executive-2026",
  },
];
