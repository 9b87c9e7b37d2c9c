"use client";
import { DateField } from "@/components/ui/date-field";
import { FormField } from "@/components/ui/form-field";
import { fieldPropsFor } from "@/components/ui/form-kit";

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
  const field = fieldPropsFor(idPrefix, error);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormField
          {...field("title", "Title (required)", "What the page reports, not its headline")}
        >
          {(p) => <input required {...p} />}
        </FormField>
      </div>
      <div className="sm:col-span-2">
        <FormField {...field("url", "Link (required)")}>
          {(p) => <input type="url" inputMode="url" placeholder="https://…" required {...p} />}
        </FormField>
      </div>
      <FormField {...field("publisher", "Publisher (required)")}>
        {(p) => <input required {...p} />}
      </FormField>
      <FormField {...field("publishedOn", "Published on")}>
        {(p) => <DateField max={today} {...p} />}
      </FormField>
      <div className="sm:col-span-2">
        <FormField {...field("note", "Note", "What the source establishes")}>
          {(p) => <textarea rows={2} {...p} />}
        </FormField>
      </div>
      <FormField {...field("key", "Key", "Empty gives the next free A-number")}>
        {(p) => <input autoCapitalize="characters" placeholder="A1" {...p} />}
      </FormField>
    </div>
  );
}
