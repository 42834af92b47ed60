// echarts options of the simulation charts, built from plain data and translated labels
// so they can be tested without drawing anything.
import type { Estimate, HistogramBin } from '../bindings';
import { alignHistograms, histogramOutline } from '../model/histogram';
import { baseOption, type ChartTheme } from './theme';

export interface AxisLabels {
  title: string;
  /** Unit of the x axis, e.g. "days". */
  x: string;
  /** Unit of the y axis, e.g. "% of cases". */
  y: string;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** A stepped, filled outline of a histogram. */
function outlineSeries(name: string, bins: readonly HistogramBin[], colour: string | undefined) {
  return {
    type: 'line' as const,
    name,
    data: histogramOutline(bins).map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 100) / 100]),
    showSymbol: false,
    lineStyle: { width: 1.5, color: colour },
    itemStyle: { color: colour },
    areaStyle: { opacity: 0.25, color: colour },
  };
}

/** A percentile marker: a vertical line at its value and a band over its 95 % interval. */
export interface Marker {
  name: string;
  estimate: Estimate;
}

function markers(theme: ChartTheme, list: readonly Marker[], unit: string) {
  const colours = [theme.warning, theme.danger];
  return {
    markLine: {
      symbol: 'none',
      silent: true,
      data: list.map((m, i) => ({
        xAxis: m.estimate.value,
        lineStyle: { color: colours[i % 2], type: 'solid' as const, width: 1.5 },
        label: { formatter: `${m.name} ${round1(m.estimate.value)} ${unit}`, color: theme.text },
      })),
    },
    markArea: {
      silent: true,
      data: list
        .filter((m) => m.estimate.ciLow != null && m.estimate.ciHigh != null)
        .map((m, i) => [
          { xAxis: m.estimate.ciLow ?? 0, itemStyle: { color: colours[i % 2], opacity: 0.15 } },
          { xAxis: m.estimate.ciHigh ?? 0 },
        ]),
    },
  };
}

/** A value axis from 0 along the bottom, its name centred under it. */
function bottomValueAxis(name: string, style: ReturnType<typeof baseOption>['axisStyle']) {
  return {
    type: 'value' as const,
    name,
    nameLocation: 'middle' as const,
    nameGap: 26,
    min: 0,
    ...style,
  };
}

function axes(theme: ChartTheme, labels: AxisLabels) {
  const style = baseOption(theme, labels.title).axisStyle;
  return {
    xAxis: { ...bottomValueAxis(labels.x, style), nameTextStyle: { color: theme.muted } },
    yAxis: { type: 'value' as const, name: labels.y, min: 0, ...style },
  };
}

/** The cycle-time distribution of one run with its p50 and p90 and their intervals. */
export function histogramOption(
  theme: ChartTheme,
  labels: AxisLabels & { series: string },
  bins: readonly HistogramBin[],
  marks: readonly Marker[],
) {
  const { axisStyle: _unused, ...base } = baseOption(theme, labels.title);
  const series = { ...outlineSeries(labels.series, bins, theme.series[0]), ...markers(theme, marks, labels.x) };
  return { ...base, ...axes(theme, labels), series: [series] };
}

/** Two runs' distributions overlaid on one grid (A and B re-binned alike). */
export function overlayOption(
  theme: ChartTheme,
  labels: AxisLabels,
  a: { name: string; bins: readonly HistogramBin[] },
  b: { name: string; bins: readonly HistogramBin[] },
) {
  const { axisStyle: _unused, ...base } = baseOption(theme, labels.title);
  const aligned = alignHistograms(a.bins, b.bins);
  return {
    ...base,
    ...axes(theme, labels),
    series: [outlineSeries(a.name, aligned.a, theme.series[2]), outlineSeries(b.name, aligned.b, theme.series[1])],
  };
}

export interface BarSeries {
  name: string;
  values: readonly number[];
  /** 1 = drawn against the second (right) axis, e.g. a percentage beside counts. */
  axis?: 0 | 1;
}

/** Grouped vertical bars: one group per category, one bar per series. */
export function barsOption(
  theme: ChartTheme,
  labels: { title: string; y: string; y2?: string },
  categories: readonly string[],
  series: readonly BarSeries[],
) {
  const { axisStyle, ...base } = baseOption(theme, labels.title);
  const yAxis = [{ type: 'value' as const, name: labels.y, min: 0, ...axisStyle }];
  if (labels.y2) yAxis.push({ type: 'value' as const, name: labels.y2, min: 0, ...axisStyle });
  return {
    ...base,
    tooltip: { trigger: 'axis' as const, confine: true, axisPointer: { type: 'shadow' as const } },
    xAxis: { type: 'category' as const, data: [...categories], ...axisStyle },
    yAxis,
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      yAxisIndex: labels.y2 ? (s.axis ?? 0) : 0,
      data: s.values.map(round1),
    })),
  };
}

export interface StackSeries {
  name: string;
  values: readonly number[];
  colour: string | undefined;
}

/** Horizontal bars stacked per category (first category on top), e.g. a step's waiting by cause.
 * The tooltip writes each value with the axis's unit (`labels.x`): "2.1 days". */
export function stackedBarsOption(
  theme: ChartTheme,
  labels: { title: string; x: string },
  categories: readonly string[],
  series: readonly StackSeries[],
) {
  const { axisStyle, ...base } = baseOption(theme, labels.title);
  return {
    ...base,
    tooltip: {
      trigger: 'axis' as const,
      confine: true,
      axisPointer: { type: 'shadow' as const },
      valueFormatter: (value: unknown) => `${String(value)} ${labels.x}`,
    },
    xAxis: bottomValueAxis(labels.x, axisStyle),
    yAxis: { type: 'category' as const, data: [...categories], inverse: true, ...axisStyle },
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      stack: 'total',
      itemStyle: { color: s.colour },
      data: s.values.map(round1),
    })),
  };
}
