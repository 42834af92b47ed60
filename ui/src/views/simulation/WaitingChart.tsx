import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepStats } from '../../bindings';
import { Chart } from '../../charts/Chart';
import { stackedBarsOption } from '../../charts/options';
import type { ChartTheme } from '../../charts/theme';
import { waitingBars, type WaitingCause } from '../../model/waitingCauses';

/** One colour per cause whatever the others, so a cause looks the same in every chart. */
export function causeColour(theme: ChartTheme, cause: WaitingCause): string | undefined {
  switch (cause) {
    case 'contention':
      return theme.series[0];
    case 'unavailability':
      return theme.series[3];
    case 'batching':
      return theme.series[1];
    case 'prioritisation':
      return theme.danger;
    case 'extraneous':
      return theme.series[2];
  }
}

/** The chart's option for `steps` (pure, so its data and labels can be tested). */
export function useWaitingOption(steps: readonly StepStats[], title: string) {
  const { t } = useTranslation();
  const bars = useMemo(() => waitingBars(steps), [steps]);
  const option = useCallback(
    (theme: ChartTheme) =>
      stackedBarsOption(
        theme,
        { title, x: t(`charts.${bars.unit}`) },
        bars.steps.map((s) => s.name),
        bars.series.map((s) => ({
          name: t(`simulation.cause_${s.cause}`),
          values: s.values,
          colour: causeColour(theme, s.cause),
        })),
      ),
    [bars, title, t],
  );
  return { bars, option };
}

/** Per step that waited: a stacked bar of its mean waiting per execution, split by cause. */
export function WaitingChart({
  steps,
  title,
  testid = 'chart-waiting',
  note = true,
}: {
  steps: readonly StepStats[];
  title: string;
  testid?: string;
  /** Whether to explain the causes under the chart. */
  note?: boolean;
}) {
  const { t } = useTranslation();
  const { bars, option } = useWaitingOption(steps, title);
  if (bars.steps.length === 0) return null;
  // Room for each bar, the title, the legend and the axis.
  const height = 120 + 28 * bars.steps.length;
  return (
    <div className="card sim-chart" data-testid={`${testid}-card`} data-steps={bars.steps.length}>
      <Chart option={option} label={title} height={height} testid={testid} />
      {note && <p className="muted small">{t('charts.waitingNote')}</p>}
    </div>
  );
}
