import type { PortfolioSnapshot } from "@/lib/domain/portfolio-snapshot";
import type { TargetWindow } from "@/lib/domain/target-window";
import { BurnUpChart, type BurnUpSeries } from "./burn-up-chart";
import { ChartSection } from "./chart-section";

type Props = { snapshot: PortfolioSnapshot; target: TargetWindow; asOfLabel: string };

export function BurnUpSection({ snapshot: s, target, asOfLabel }: Props) {
  const series: BurnUpSeries[] = [
    { id: "portfolio", label: "The portfolio", points: s.burnUp },
    ...s.initiatives.map((i) => ({ id: i.id, label: i.title, points: i.burnUp })),
  ];
  return (
    <ChartSection
      id="burn-up"
      testId="chart-burn-up"
      title="Burn-up: scope, started, done and evidenced done"
    >
      <BurnUpChart series={series} target={target} asOfLabel={asOfLabel} />
    </ChartSection>
  );
}
