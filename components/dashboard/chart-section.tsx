import type { ReactNode } from "react";

type Props = {
  id: string;
  testId: string;
  title: string;
  caption?: string;
  /** Links to the other pages of a long list, under the caption. */
  pager?: ReactNode;
  children: ReactNode;
};

/** A dashboard section: heading, the plain-language reading of its chart, then the chart and its table. */
export function ChartSection({ id, testId, title, caption, pager, children }: Props) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      data-testid={testId}
      className="scroll-mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      {caption ? (
        <p className="max-w-3xl text-sm text-slate-700" data-testid="chart-caption">
          {caption}
        </p>
      ) : null}
      {pager}
      {children}
    </section>
  );
}
