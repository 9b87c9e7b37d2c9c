import type { Role } from "../domain/types";

/** The signed-in person (or token holder) a request acts for. */
export type Actor = { id: string; email: string; name: string; role: Role };
