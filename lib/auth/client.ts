"use client";
import { createAuthClient } from "better-auth/react";

/** Browser-side auth calls go to this origin's /api/auth routes. */
export const authClient = createAuthClient();
