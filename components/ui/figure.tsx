import type { ReactNode } from "react";

const STYLES = {
  /** A small tile beside a page heading: the number is the whole content. */
  tile: { box: "px-4 py-2", label: "text-xs text-slate-600", value: "text-xl font-semibold" },
  /** A headline card: the content states the number and what it is measured against. */
  card: {
    box: "px-4 py-3 shadow-sm",
    label: "text-xs font-medium uppercase tracking-wide text-slate-600",
    value: "mt-1",
  },
};

/** One named figure in a description list (<dl>). */
export function Figure({
  label,
  variant = "card",
  children,
}: {
  label: string;
  variant?: keyof typeof STYLES;
  children: ReactNode;
}) {
  const style = STYLES[variant];
  return (
    <div className={`rounded-lg border border-slate-200 bg-white ${style.box}`}>
      <dt className={style.label}>{label}</dt>
      <dd className={style.value}>{children}</dd>
    </div>
  );
}
