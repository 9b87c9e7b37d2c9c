import { z } from "zod";

export const SEARCH_MIN_CHARS = 2;
export const SEARCH_MAX_CHARS = 100;

// Control characters cannot be typed into a search box, and PostgreSQL refuses NUL in text.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Words to look for: trimmed, 2 to 100 characters, no control characters. */
export const ZSearchText = z
  .string()
  .trim()
  .min(SEARCH_MIN_CHARS, `Type at least ${SEARCH_MIN_CHARS} characters to search.`)
  .max(SEARCH_MAX_CHARS, `Search for at most ${SEARCH_MAX_CHARS} characters.`)
  .refine((text) => !CONTROL.test(text), "The search contains a control character.");

export const ZSearchQuery = z.object({ q: ZSearchText }).strict();
