"use client";
import { useEffect, useRef, type SyntheticEvent } from "react";
import { DayPicker, type ClassNames } from "react-day-picker";
import { enGB } from "react-day-picker/locale/en-GB";
import type { IsoDay } from "@/lib/domain/types";

/** A calendar day as DayPicker holds it: local midnight of that day, in any time zone. */
function toCalendarDate(day: IsoDay): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year, month - 1, date);
}

function fromCalendarDate(date: Date): IsoDay {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const NAV_BUTTON =
  "absolute top-0.5 inline-flex size-8 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 aria-disabled:opacity-40";

const CLASSES: Partial<ClassNames> = {
  root: "text-sm text-slate-900",
  months: "relative",
  month: "relative space-y-2",
  month_caption: "flex h-9 items-center justify-center px-9",
  dropdowns: "flex items-center gap-1.5",
  dropdown_root: "inline-flex",
  dropdown:
    "min-h-8 rounded-md border border-slate-300 bg-white px-1.5 text-sm font-medium text-slate-900",
  caption_label: "hidden",
  button_previous: `${NAV_BUTTON} left-0`,
  button_next: `${NAV_BUTTON} right-0`,
  chevron: "size-4 fill-current",
  month_grid: "w-full border-collapse",
  weekday: "h-8 p-0 text-center text-xs font-medium text-slate-600",
  day: "p-0 text-center",
  day_button:
    "mx-auto flex size-9 items-center justify-center rounded-full text-sm hover:bg-brand-50 disabled:cursor-not-allowed disabled:hover:bg-transparent",
  selected:
    "[&>button]:bg-brand-700 [&>button]:font-semibold [&>button]:text-white [&>button:hover]:bg-brand-800",
  today: "[&>button]:ring-1 [&>button]:ring-inset [&>button]:ring-brand-600",
  disabled: "[&>button]:text-slate-400",
  hidden: "invisible",
};

/**
 * The date field's month calendar (react-day-picker), loaded only when first opened so pages with
 * a date field do not carry it. Weeks start on Monday; days outside `min`–`max` cannot be chosen.
 */
export default function DateFieldCalendar({
  selected,
  opensOn,
  min,
  max,
  onSelect,
}: {
  selected: IsoDay | null;
  opensOn: IsoDay;
  min: IsoDay;
  max: IsoDay;
  onSelect: (day: IsoDay, cause: SyntheticEvent) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // DayPicker focuses the selected day or today; when neither can be chosen, the first control.
    const frame = requestAnimationFrame(() => {
      const box = root.current;
      if (box && !box.contains(document.activeElement))
        box.querySelector<HTMLElement>("select, button:not([disabled])")?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <div ref={root}>
      <DayPicker
        mode="single"
        required
        autoFocus
        locale={enGB}
        weekStartsOn={1}
        captionLayout="dropdown"
        navLayout="around"
        selected={selected ? toCalendarDate(selected) : undefined}
        onSelect={(date, _day, _modifiers, event) => onSelect(fromCalendarDate(date), event)}
        defaultMonth={toCalendarDate(opensOn)}
        startMonth={toCalendarDate(min)}
        endMonth={toCalendarDate(max)}
        disabled={[{ before: toCalendarDate(min) }, { after: toCalendarDate(max) }]}
        classNames={CLASSES}
      />
      <p className="mt-2 text-xs text-slate-600">
        Arrow keys move by day, Page Up and Page Down by month; Escape closes.
      </p>
    </div>
  );
}
