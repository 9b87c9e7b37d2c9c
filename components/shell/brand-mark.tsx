/** The Corridor mark: two linked squares (Korea and Singapore) joined by a corridor; as app/icon.svg. */
export function BrandMark({ className = "size-6" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="7" fill="#0b5858" />
      <rect x="4" y="6" width="11" height="11" rx="2.5" fill="#ffffff" />
      <rect x="17" y="15" width="11" height="11" rx="2.5" fill="#ffffff" />
      <path
        d="M13 11.5h9.5v5"
        fill="none"
        stroke="#ffffff"
        strokeWidth="3.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
