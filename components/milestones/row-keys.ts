/** What a key pressed on a focused milestone row does. */
export type RowKeyAction = "previous" | "next" | "first" | "last" | "edit" | "markDone" | "history";

/**
 * The milestone table's keys: arrows (and Home/End) move between rows; Enter or E edits, D marks
 * an open milestone done, H shows the history. A reader who may not edit gets the history on Enter.
 */
export function rowKeyAction(
  key: string,
  row: { canEdit: boolean; open: boolean },
): RowKeyAction | null {
  switch (key) {
    case "ArrowUp":
      return "previous";
    case "ArrowDown":
      return "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Enter":
      return row.canEdit ? "edit" : "history";
    case "e":
    case "E":
      return row.canEdit ? "edit" : null;
    case "d":
    case "D":
      return row.canEdit && row.open ? "markDone" : null;
    case "h":
    case "H":
      return "history";
    default:
      return null;
  }
}

/** The row's keys for `aria-keyshortcuts`, as rowKeyAction reads them. */
export function rowKeyShortcuts(row: { canEdit: boolean; open: boolean }): string {
  const keys = ["ArrowUp", "ArrowDown", "Home", "End", "Enter"];
  if (row.canEdit) keys.push("E");
  if (row.canEdit && row.open) keys.push("D");
  keys.push("H");
  return keys.join(" ");
}

/** The one-line hint shown above the table. */
export function rowKeyHint(canEdit: boolean): string {
  return canEdit
    ? "Keys: Tab to the rows, ↑ ↓ to move, Enter or E to edit, D to mark done, H for history."
    : "Keys: Tab to the rows, ↑ ↓ to move, Enter or H for history.";
}

/** The id of the row a move lands on, or null when there is nowhere to go. */
export function rowAfterMove(
  ids: string[],
  current: string,
  move: "previous" | "next" | "first" | "last",
): string | null {
  const at = ids.indexOf(current);
  if (at < 0 || ids.length === 0) return null;
  const to = { previous: at - 1, next: at + 1, first: 0, last: ids.length - 1 }[move];
  return to >= 0 && to < ids.length && to !== at ? ids[to] : null;
}
