"use client";
import { useSyncExternalStore } from "react";
import { formatMoment } from "@/lib/domain/dates";

// The reader's zone never changes while the page is open, so there is nothing to subscribe to.
const subscribe = () => () => {};
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const serverZone = () => "UTC";

/**
 * A moment ("28 Nov 2026, 14:05 GMT+9") on the reader's clock, the zone always named. The server
 * and the first render in the browser write it in UTC, labelled so; the browser then switches to
 * its own zone, so hydration never sees two different texts.
 */
export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const zone = useSyncExternalStore(subscribe, readerZone, serverZone);
  const parts = formatMoment(iso, zone);
  if (!parts) return <span className={className}>{iso}</span>;
  return (
    <time dateTime={iso} className={className}>
      <span className="whitespace-nowrap">{parts.day},</span>{" "}
      <span className="whitespace-nowrap">
        {parts.time} {parts.zone}
      </span>
    </time>
  );
}
