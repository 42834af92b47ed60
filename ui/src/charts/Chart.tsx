// A React wrapper around one echarts instance: created on mount, resized with its box,
// disposed on unmount, re-drawn when the option or the light/dark palette changes.
// echarts (its engine) is imported when the first chart is drawn, so the app starts without it.
import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useWorkspace } from '../store/workspace';
import { readChartTheme, type ChartTheme } from './theme';

/** Whether charts can be drawn here: jsdom (the unit tests) has no layout and no ResizeObserver. */
export const canDrawCharts = (): boolean => typeof ResizeObserver !== 'undefined';

/** Changes when the resolved light/dark palette may have changed. */
function useThemeVersion(): string {
  const choice = useWorkspace((s) => s.theme);
  const [systemFlips, setSystemFlips] = useState(0);
  useEffect(() => {
    if (typeof matchMedia === 'undefined') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystemFlips((n) => n + 1);
    query.addEventListener?.('change', onChange);
    return () => query.removeEventListener?.('change', onChange);
  }, []);
  return `${choice}:${systemFlips}`;
}

export interface ChartProps {
  /** Builds the option from the current theme's colours (memoise it: a new one re-draws). */
  option: (theme: ChartTheme) => EChartsCoreOption;
  /** Accessible description of what the chart shows. */
  label: string;
  height?: number;
  testid?: string;
}

export function Chart({ option, label, height = 280, testid }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  const themeVersion = useThemeVersion();

  useEffect(() => {
    const el = ref.current;
    if (!el || !canDrawCharts()) return;
    let instance: EChartsType | null = null;
    let mounted = true;
    const observer = new ResizeObserver(() => instance?.resize());
    void import('./engine').then(({ createChart }) => {
      if (!mounted) return;
      instance = createChart(el);
      chart.current = instance;
      // The latest option: it may have changed while echarts was loading.
      instance.setOption(latest.current(readChartTheme()));
      observer.observe(el);
    });
    return () => {
      mounted = false;
      observer.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    // Drawn after the next paint: the numbers of a what-if re-run show first and the charts
    // follow (redrawing them took most of the time from an edit to the numbers). The theme
    // attribute is applied before effects run, so the CSS variables are current.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => chart.current?.setOption(option(readChartTheme()), { notMerge: true }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [option, themeVersion]);

  return <div ref={ref} className="chart" role="img" aria-label={label} data-testid={testid} style={{ height }} />;
}
