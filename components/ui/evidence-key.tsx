import { EVIDENCED_EXPLANATION } from "@/lib/domain/evidence";
import { ASSUMED_FILL, PROGRESS_COLORS } from "./progress-colors";

/** The key to reported and evidenced progress, with the one sentence that explains them. */
export function EvidenceKey({ className = "" }: { className?: string }) {
  return (
    <div className={`text-xs text-slate-700 ${className}`} data-testid="evidence-key">
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Progress key">
        <li className="flex items-center gap-1">
          <Swatch background={PROGRESS_COLORS.evidenced} /> evidenced
        </li>
        <li className="flex items-center gap-1">
          <Swatch background={ASSUMED_FILL} /> reported, not evidenced (assumed)
        </li>
      </ul>
      <p className="mt-1">{EVIDENCED_EXPLANATION}</p>
    </div>
  );
}

function Swatch({ background }: { background: string }) {
  return (
    <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm" style={{ background }} />
  );
}
