import type { ReactNode } from "react";

/** A problem the reader must see now: announced once, then left in place. */
export function Alert({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <div
      role="alert"
      className={`rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ${className}`.trim()}
    >
      {children}
    </div>
  );
}
