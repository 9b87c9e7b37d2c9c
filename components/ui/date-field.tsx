"use client";
import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type SyntheticEvent,
} from "react";
import { dayInputText, fieldBounds, formatDay, parseDayInput } from "@/lib/domain/dates";
import type { IsoDay } from "@/lib/domain/types";
import { inputClass } from "./form-field";

const DateFieldCalendar = lazy(() => import("./date-field-calendar"));

type Props = {
  id: string;
  /** The hidden input that carries the ISO day (yyyy-mm-dd) under this name. */
  name?: string;
  /** An ISO day; with `onChange`, the field is controlled. */
  value?: string;
  defaultValue?: string;
  /** Called as a date input's onChange is: `event.target.value` is the ISO day ("" when empty). */
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  placeholder?: string;
  /** The calendar button's name, e.g. "Choose the effective date". */
  calendarLabel?: string;
  "aria-invalid"?: boolean | "true" | "false";
  "aria-describedby"?: string;
  /** Marks the text input as the one a side sheet focuses first. */
  "data-autofocus"?: string;
};

/** Wide enough for seven 36 px days and the padding; the popover's width. */
const POPOVER_REM = 18.5;
const MARGIN = /^-?m[tbyx]?-/;

/** The reader's today as an ISO day, for the month the calendar opens on. */
function localToday(): IsoDay {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A date input that shows and accepts days as Corridor writes them ("28 Nov 2026"; "2026-11-28"
 * and "28/11/2026" are read too), with a calendar button. It stands in for `<input type="date">`:
 * a hidden input carries the ISO day under `name`, so plain forms submit what they did before,
 * and `onChange` hands over the ISO day as `event.target.value`. A text that names no real day is
 * explained beside the field and submitted as typed, so the server refuses it rather than reading
 * an empty field (which often means "today").
 */
export function DateField({
  id,
  name,
  value,
  defaultValue,
  onChange,
  min,
  max,
  required,
  disabled,
  className = inputClass,
  placeholder = "e.g. 2 Mar 2026",
  calendarLabel = "Open the calendar",
  "aria-invalid": ariaInvalid,
  "aria-describedby": describedBy,
  "data-autofocus": autofocus,
}: Props) {
  const source = value ?? defaultValue ?? "";
  const [text, setText] = useState(() => dayInputText(source));
  // The value last shown, so a new value from the parent (or a new default) replaces the text.
  const [mirrored, setMirrored] = useState(source);
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);
  const [alignEnd, setAlignEnd] = useState(false);
  const [opensOn, setOpensOn] = useState<IsoDay>("");
  const hidden = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  const messageId = `${id}-format`;

  if (source !== mirrored) {
    setMirrored(source);
    if (source !== parseDayInput(text).value) setText(dayInputText(source));
  }

  const bounds = fieldBounds({ min, max });
  const parsed = parseDayInput(text, bounds);
  const problem = touched ? parsed.problem : null;

  useEffect(() => {
    const form = hidden.current?.form;
    if (!form) return;
    // A form reset puts back the default, as it does for a native input.
    function onReset() {
      setTouched(false);
      if (value === undefined) setText(dayInputText(defaultValue ?? ""));
    }
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, [value, defaultValue]);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function emit(nextText: string, cause: SyntheticEvent) {
    const next = parseDayInput(nextText).value;
    const input = hidden.current;
    if (!onChange || !input || next === parsed.value) return;
    input.value = next;
    // The event the parent's handler expects, pointing at the input that holds the ISO day.
    onChange(Object.create(cause, { target: { value: input }, currentTarget: { value: input } }));
  }

  function openCalendar() {
    // The month of the day typed, else of today kept within the bounds.
    setOpensOn(parsed.day ?? [bounds.min, localToday(), bounds.max].sort()[1]);
    const box = wrapper.current?.getBoundingClientRect();
    const width = POPOVER_REM * parseFloat(getComputedStyle(document.documentElement).fontSize);
    setAlignEnd(Boolean(box && box.left + width > document.documentElement.clientWidth - 8));
    setOpen(true);
  }

  function closeCalendar() {
    setOpen(false);
    button.current?.focus();
  }

  function onTextKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && event.altKey) {
      event.preventDefault();
      openCalendar();
    } else closeOnEscape(event);
  }

  function closeOnEscape(event: KeyboardEvent<HTMLElement>) {
    if (!open || event.key !== "Escape") return;
    // Only the calendar closes: not a dialog or sheet the field sits in.
    event.preventDefault();
    event.stopPropagation();
    closeCalendar();
  }

  function onPopoverBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget as Node | null;
    if (next && !event.currentTarget.contains(next)) setOpen(false);
  }

  function onSelect(day: IsoDay, cause: SyntheticEvent) {
    const next = formatDay(day);
    emit(next, cause);
    setText(next);
    setTouched(true);
    closeCalendar();
  }

  const margins = className.split(/\s+/).filter((c) => MARGIN.test(c));
  const ownClass = className
    .split(/\s+/)
    .filter((c) => c && !MARGIN.test(c))
    .join(" ");

  return (
    <div>
      <div
        ref={wrapper}
        className={`relative ${ownClass.includes("w-full") ? "" : "inline-block"} ${margins.join(" ")}`}
      >
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          data-autofocus={autofocus}
          spellCheck={false}
          value={text}
          placeholder={placeholder}
          required={required}
          disabled={disabled}
          aria-invalid={ariaInvalid || problem ? true : undefined}
          aria-describedby={
            [describedBy, problem ? messageId : ""].filter(Boolean).join(" ") || undefined
          }
          onChange={(event) => {
            emit(event.target.value, event);
            setText(event.target.value);
          }}
          onBlur={() => {
            setTouched(true);
            if (parsed.day) setText(formatDay(parsed.day));
          }}
          onKeyDown={onTextKeyDown}
          className={`${ownClass} pr-10 placeholder:text-slate-500`}
        />
        <button
          ref={button}
          type="button"
          disabled={disabled}
          aria-label={calendarLabel}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? popoverId : undefined}
          onClick={() => (open ? setOpen(false) : openCalendar())}
          onKeyDown={closeOnEscape}
          className="absolute inset-y-px right-px flex w-9 items-center justify-center rounded-r-md text-slate-700 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-60"
        >
          <CalendarIcon />
        </button>
        <input ref={hidden} type="hidden" name={name} value={parsed.value} disabled={disabled} />
        {open ? (
          <div
            id={popoverId}
            role="dialog"
            aria-label={calendarLabel}
            onKeyDown={closeOnEscape}
            onBlur={onPopoverBlur}
            style={{ width: `${POPOVER_REM}rem` }}
            className={`absolute top-full z-50 mt-1 max-w-[calc(100vw-1rem)] rounded-lg border border-slate-200 bg-white p-3 shadow-lg ${alignEnd ? "right-0" : "left-0"}`}
          >
            <Suspense fallback={<p className="text-sm text-slate-700">Loading the calendar…</p>}>
              <DateFieldCalendar
                selected={parsed.day}
                opensOn={opensOn}
                min={bounds.min}
                max={bounds.max}
                onSelect={onSelect}
              />
            </Suspense>
          </div>
        ) : null}
      </div>
      <p
        id={messageId}
        aria-live="polite"
        className={problem ? "mt-0.5 text-xs text-red-800" : "sr-only"}
      >
        {problem ?? ""}
      </p>
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-4">
      <rect
        x="3"
        y="4.5"
        width="14"
        height="12"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <path
        d="M3 8.5h14M7 2.75v3.5M13 2.75v3.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}
