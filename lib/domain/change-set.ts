import { encodeValue } from "./replay";

export type FieldChange = { field: string; oldValue: string | null; newValue: string | null };

/**
 * The fields a patch really changes, each with its old and new value encoded as change events
 * store them. Fields the patch leaves out, or sets to the value already there, yield nothing.
 */
export function diffFields<T extends Record<string, unknown>>(
  current: T,
  patch: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!(field in patch) || patch[field] === undefined) continue;
    const oldValue = encodeValue(current[field]);
    const newValue = encodeValue(patch[field]);
    if (oldValue !== newValue) changes.push({ field, oldValue, newValue });
  }
  return changes;
}
