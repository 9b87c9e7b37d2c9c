import type { ReactNode } from "react";

/** A section's anchor: in-page links land on it with its heading clear of the sticky bar. */
export function SectionAnchor({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="scroll-mt-16 space-y-4">
      {children}
    </div>
  );
}
