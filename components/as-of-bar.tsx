import Link from "next/link";
import { AsOfDayField, BasisField } from "@/components/as-of-fields";
import { formatDay } from "@/lib/domain/dates";
import type { ReplayBasis } from "@/lib/domain/replay";

const control = "mt-1 rounded-md border border-slate-300 bg-white px-2 py-1";

type Props = { path: string; asOf: string | null; basis: ReplayBasis; today: string };

/**
 * Picks the day to replay the page at. A GET form, so the view is a link that can be shared.
 * A past view is tinted in the as-of hue, the colour of the as-of line on the date axes.
 * While looking at the past, editing is off: changes are always recorded against today.
 */
export function AsOfBar({ path, asOf, basis, today }: Props) {
  return (
    <div
      className={`rounded-lg border p-3 text-sm ${asOf ? "border-fuchsia-300 bg-fuchsia-50" : "border-slate-200 bg-white"}`}
    >
      {asOf ? (
        <p className="mb-2 font-medium text-fuchsia-900" role="status">
          {basis === "recorded" ? "As known on" : "As of"} {formatDay(asOf)}: replayed from the
          recorded history. Editing is off in this view.{" "}
          <Link href={path} className="underline">
            Back to today
          </Link>
        </p>
      ) : null}
      <form method="get" action={path} className="flex flex-wrap items-end gap-3">
        <AsOfDayField
          id="as-of-date"
          name="asOf"
          label="Show as of"
          today={today}
          defaultValue={asOf ?? ""}
          className={control}
        />
        <BasisField
          id="as-of-basis"
          label="Replay by"
          basis={basis}
          effective="Effective date (what was true)"
          recorded="Recorded date (what we knew)"
          className={control}
        />
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
