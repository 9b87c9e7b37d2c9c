import Link from "next/link";
import { formatDay } from "@/lib/format";

type Props = { path: string; asOf: string | null; basis: "effective" | "recorded"; today: string };

/**
 * Picks the day to replay the page at. A GET form, so the view is a link that can be shared.
 * While looking at the past, editing is off: changes are always recorded against today.
 */
export function AsOfBar({ path, asOf, basis, today }: Props) {
  return (
    <div
      className={`rounded-lg border p-3 text-sm ${asOf ? "border-violet-300 bg-violet-50" : "border-slate-200 bg-white"}`}
    >
      {asOf ? (
        <p className="mb-2 font-medium text-violet-900" role="status">
          {basis === "recorded" ? "As known on" : "As of"} {formatDay(asOf)}: replayed from the
          recorded history. Editing is off in this view.{" "}
          <Link href={path} className="underline">
            Back to today
          </Link>
        </p>
      ) : null}
      <form method="get" action={path} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="as-of-date" className="block text-xs font-medium text-slate-800">
            Show as of
          </label>
          <input
            id="as-of-date"
            type="date"
            name="asOf"
            min="2026-01-01"
            max={today}
            defaultValue={asOf ?? ""}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1"
          />
        </div>
        <div>
          <label htmlFor="as-of-basis" className="block text-xs font-medium text-slate-800">
            Replay by
          </label>
          <select
            id="as-of-basis"
            name="basis"
            defaultValue={basis}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1"
          >
            <option value="effective">Effective date (what was true)</option>
            <option value="recorded">Recorded date (what we knew)</option>
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md px-3 py-1 ring-1 ring-inset ring-slate-400 hover:bg-slate-100"
        >
          Show
        </button>
      </form>
    </div>
  );
}
