// Chart colours come from the app's CSS variables, so charts follow light and dark themes
// and the palette is defined once (theme.css).
export interface ChartTheme {
  text: string;
  /** The UI's font: echarts measures text with it, so it must be a real family, not `inherit`. */
  font: string;
  muted: string;
  border: string;
  surface: string;
  /** Series colours: the first is the primary run, the second the compared one. */
  series: string[];
  warning: string;
  danger: string;
}

const FALLBACK: ChartTheme = {
  text: '#1d2330',
  font: 'system-ui, sans-serif',
  muted: '#5b6475',
  border: '#dcdfe6',
  surface: '#ffffff',
  series: ['#2f5bd3', '#177a45', '#b45309', '#8a93a3'],
  warning: '#b45309',
  danger: '#c62828',
};

/** The current theme's chart colours (the fallback outside a styled document). */
export function readChartTheme(
  root: Element | null = typeof document === 'undefined' ? null : document.documentElement,
): ChartTheme {
  if (!root || typeof getComputedStyle === 'undefined') return FALLBACK;
  const style = getComputedStyle(root);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', FALLBACK.text),
    font: (typeof document !== 'undefined' && getComputedStyle(document.body).fontFamily) || FALLBACK.font,
    muted: v('--text-muted', FALLBACK.muted),
    border: v('--border', FALLBACK.border),
    surface: v('--surface', FALLBACK.surface),
    series: [
      v('--accent', FALLBACK.series[0] ?? ''),
      v('--positive', FALLBACK.series[1] ?? ''),
      v('--warning', FALLBACK.series[2] ?? ''),
      v('--neutral', FALLBACK.series[3] ?? ''),
    ],
    warning: v('--warning', FALLBACK.warning),
    danger: v('--danger', FALLBACK.danger),
  };
}

/** Axis, legend and tooltip styling shared by every chart. */
export function baseOption(theme: ChartTheme, title: string) {
  const axisLine = { lineStyle: { color: theme.border } };
  return {
    animation: false,
    color: theme.series,
    textStyle: { color: theme.text, fontFamily: theme.font },
    title: {
      text: title,
      left: 0,
      top: 0,
      padding: 0,
      textStyle: { color: theme.text, fontSize: 14, fontWeight: 600 },
    },
    // Title on top, the legend under it, then the plot: nothing overlaps at any width.
    legend: { top: 30, left: 0, textStyle: { color: theme.muted } },
    tooltip: { trigger: 'axis' as const, confine: true },
    grid: { left: 8, right: 24, top: 84, bottom: 28, containLabel: true },
    axisStyle: {
      axisLine,
      axisTick: axisLine,
      axisLabel: { color: theme.muted },
      splitLine: { lineStyle: { color: theme.border, type: 'dashed' as const } },
      nameTextStyle: { color: theme.muted, align: 'left' as const },
    },
  };
}
