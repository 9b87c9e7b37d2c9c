"use client";
import type { ReactNode } from "react";
import { FormField, describedBy, inputClass } from "@/components/ui/form-field";
import { fieldMessage } from "@/lib/client/api";

export const NEW_SOURCE_FIELDS = [
  "title",
  "url",
  "publisher",
  "publishedOn",
  "note",
  "key",
] as const;

/** The inputs of a new source; the key is optional because the server hands out the next "A<n>". */
export function NewSourceFields({
  idPrefix,
  error,
  today,
}: {
  idPrefix: string;
  error: unknown;
  today: string;
}) {
  const row = (
    name: string,
    label: string,
    control: (props: Record<string, unknown>) => ReactNode,
    hint?: string,
  ) => {
    const id = `${idPrefix}-${name}`;
    const message = fieldMessage(error, name);
    return (
      <FormField id={id} label={label} error={message} hint={hint}>
        {control({
          id,
          name,
          className: inputClass,
          "aria-invalid": !!message,
          "aria-describedby": describedBy(id, message, hint),
        })}
      </FormField>
    );
  };
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        {row(
          "title",
          "Title (required)",
          (p) => (
            <input required {...p} />
          ),
          "What the page reports, not its headline",
        )}
      </div>
      <div className="sm:col-span-2">
        {row("url", "Link (required)", (p) => (
          <input type="url" inputMode="url" placeholder="https://…" required {...p} />
        ))}
      </div>
      {row("publisher", "Publisher (required)", (p) => (
        <input required {...p} />
      ))}
      {row("publishedOn", "Published on", (p) => (
        <input type="date" max={today} {...p} />
      ))}
      <div className="sm:col-span-2">
        {row(
          "note",
          "Note",
          (p) => (
            <textarea rows={2} {...p} />
          ),
          "What the source establishes",
        )}
      </div>
      {row(
        "key",
        "Key",
        (p) => (
          <input autoCapitalize="characters" placeholder="A1" {...p} />
        ),
        "Empty gives the next free A-number",
      )}
    </div>
  );
}
