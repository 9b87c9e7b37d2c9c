import Link from "next/link";
import { BrandMark } from "./brand-mark";

/** The mark and name, linking to the overview; the tagline shows where there is room. */
export function BrandLink({ className = "" }: { className?: string }) {
  return (
    <Link
      href="/"
      className={`flex min-h-10 items-center gap-2 rounded-md text-lg font-semibold tracking-tight text-brand-800 ${className}`}
    >
      <BrandMark className="size-7 shrink-0" />
      <span>
        Corridor
        <span className="ml-2 hidden text-sm font-normal text-slate-600 xl:inline">
          Korea–Singapore partnership tracker
        </span>
      </span>
    </Link>
  );
}
