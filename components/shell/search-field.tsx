import Form from "next/form";
import type { FormEvent, KeyboardEvent, Ref } from "react";
import { SearchIcon } from "./search-icon";

export const SEARCH_FIELD_HINT = "Initiatives, milestones, status updates and sources";

/**
 * A GET form to /search: a labelled field (2 to 100 characters) and its button. The header's panel
 * and the search page both use it, so a search reads the same wherever it starts.
 */
export function SearchField({
  id,
  label,
  defaultValue = "",
  inputRef,
  onSubmit,
  onKeyDown,
}: {
  id: string;
  /** Names the search landmark, distinct from any other on the page. */
  label: string;
  defaultValue?: string;
  inputRef?: Ref<HTMLInputElement>;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
}) {
  return (
    <Form
      action="/search"
      role="search"
      aria-label={label}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
    >
      <label htmlFor={id} className="block text-xs font-medium text-slate-800">
        Search{" "}
        <span className="font-normal text-slate-600">({SEARCH_FIELD_HINT.toLowerCase()})</span>
      </label>
      <div className="mt-1 flex gap-2">
        <input
          ref={inputRef}
          id={id}
          name="q"
          type="search"
          required
          minLength={2}
          maxLength={100}
          defaultValue={defaultValue}
          autoComplete="off"
          className="block min-h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
        />
        <button
          type="submit"
          className="inline-flex min-h-10 shrink-0 items-center gap-1.5 rounded-md bg-brand-700 px-3 text-sm font-semibold text-white hover:bg-brand-800"
        >
          <SearchIcon className="size-4" />
          Find
        </button>
      </div>
    </Form>
  );
}
