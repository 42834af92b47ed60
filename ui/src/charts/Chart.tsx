// A React wrapper around one echarts instance: created on mount, resized with its box,
// disposed on unmount, re-drawn when the option or the light/dark palette changes — at once
// when it is in the window, else when it comes into view.
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
  const inView = useRef(true);
  /** The latest option is not drawn yet (the chart was out of view when it came). */
  const stale = useRef(false);
  const redraw = useRef(() => {
    stale.current = false;
    chart.current?.setOption(latest.current(readChartTheme()), { notMerge: true });
  });
  const themeVersion = useThemeVersion();

  useEffect(() => {
    const el = ref.current;
    if (!el || !canDrawCharts()) return;
    let instance: EChartsType | null = null;
    let mounted = true;
    const observer = new ResizeObserver(() => instance?.resize());
    // Whether the chart is in the window: one that is not is redrawn when it comes into view.
    // Of the simulation view's four charts, the three below the what-if panel are then left as
    // they are while the user edits, and WebKit's web process grows by less: after some 160
    // what-if edits, the app with WebKit took 425–435 MB instead of 470–484 MB
    // (docs/memory-whatif.md).
    const sight =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            inView.current = entries.some((e) => e.isIntersecting);
            if (inView.current && stale.current) redraw.current();
          });
    void import('./engine').then(({ createChart }) => {
      if (!mounted) return;
      instance = createChart(el);
      chart.current = instance;
      // The latest option: it may have changed while echarts was loading.
      instance.setOption(latest.current(readChartTheme()));
      stale.current = false;
      observer.observe(el);
      sight?.observe(el);
    });
    return () => {
      mounted = false;
      observer.disconnect();
      sight?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    stale.current = true;
    if (!inView.current) return;
    // Drawn after the next paint: the numbers of a what-if re-run show first and the charts
    // follow (redrawing them took most of the time from an edit to the numbers). The theme
    // attribute is applied before effects run, so the CSS variables are current.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => redraw.current(), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [option, themeVersion]);

  return <div ref={ref} className="chart" role="img" aria-label={label} data-testid={testid} style={{ height }} />;
}
