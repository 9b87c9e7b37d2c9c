/** "1 initiative", "7 initiatives". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Longest first line shown where a status update is summed up. */
export const FIRST_LINE_MAX = 160;

/**
 * An update's first line, for a summary: up to its first line break or the end of its first
 * sentence, cut at a word (with "…") when longer than `max` characters.
 */
export function firstLine(text: string, max = FIRST_LINE_MAX): string {
  const line = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? "";
  const sentence = /^.+?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:]+$/, "")}…`;
}
