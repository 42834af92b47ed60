import { act, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart } from './Chart';

// A stand-in for echarts: records each option a chart is given.
const fake = vi.hoisted(() => ({ drawn: [] as unknown[] }));
vi.mock('./engine', () => ({
  createChart: () => ({
    setOption: (option: unknown) => fake.drawn.push(option),
    resize: () => {},
    dispose: () => {},
  }),
}));

class NoResize {
  observe() {}
  disconnect() {}
}

/** The IntersectionObserver of the one chart drawn: the test says when it comes into view. */
let sight: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
class Sight {
  constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
    sight = callback;
  }
  observe() {}
  disconnect() {}
}

const bars = (values: number[]) => (): EChartsCoreOption => ({ series: [{ type: 'bar', data: values }] });
const lastData = () => (fake.drawn.at(-1) as { series: { data: number[] }[] }).series[0]?.data;

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', NoResize);
  vi.stubGlobal('IntersectionObserver', Sight);
  fake.drawn.length = 0;
  sight = undefined;
});
afterEach(() => void vi.unstubAllGlobals());

describe('Chart', () => {
  it('redraws a chart in view with each new option', async () => {
    const view = render(<Chart option={bars([1])} label="bars" />);
    await waitFor(() => expect(sight).toBeDefined());
    act(() => sight?.([{ isIntersecting: true }]));
    view.rerender(<Chart option={bars([2])} label="bars" />);
    await waitFor(() => expect(lastData()).toEqual([2]));
  });

  it('leaves a chart out of view as it is and draws the latest option when it comes into view', async () => {
    const view = render(<Chart option={bars([1])} label="bars" />);
    await waitFor(() => expect(lastData()).toEqual([1]));
    act(() => sight?.([{ isIntersecting: false }]));
    const before = fake.drawn.length;
    view.rerender(<Chart option={bars([2])} label="bars" />);
    view.rerender(<Chart option={bars([3])} label="bars" />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.drawn.length).toBe(before);

    act(() => sight?.([{ isIntersecting: true }]));
    expect(fake.drawn.length).toBe(before + 1);
    expect(lastData()).toEqual([3]);
    // Once drawn, coming into view again draws nothing more.
    act(() => sight?.([{ isIntersecting: false }]));
    act(() => sight?.([{ isIntersecting: true }]));
    expect(fake.drawn.length).toBe(before + 1);
  });
});
