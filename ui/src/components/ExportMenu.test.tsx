import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleRun } from '../api/fixtures';
import type { ExportProgress, FrictionItem, RunResult } from '../bindings';
import { rememberFlowLayout } from '../store/exports';
import { useSimulation } from '../store/simulation';
import { useWorkspace } from '../store/workspace';
import { startOnSample } from '../test/harness';
import { ExportMenu } from './ExportMenu';

describe('export menu', () => {
  it('sends what is on screen to Rust and says where the file went', async () => {
    const ipc = await startOnSample();
    rememberFlowLayout(null);
    ipc.exportReport.mockResolvedValue({ status: 'ok', data: '/tmp/touchmap-report.html' });
    const user = userEvent.setup();
    render(<ExportMenu />);

    await user.click(screen.getByTestId('export-menu'));
    expect((screen.getByTestId('export-flow-png') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('export-results-csv') as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByTestId('export-menu'));

    // The Flow tab records its layout; the next opening offers the flow.
    const layout = { boxes: [{ id: 'a', x: 0, y: 0, width: 10, height: 10 }], lanes: [] };
    rememberFlowLayout({ bundle: 'bundle-home', scenario: 'as-is', layout });
    await user.click(screen.getByTestId('export-menu'));
    await user.click(screen.getByTestId('export-flow-svg'));
    await waitFor(() => expect(ipc.exportMap).toHaveBeenCalled());
    expect(ipc.exportMap.mock.calls[0]?.[0]).toEqual({
      kind: 'flow',
      bundle: 'bundle-home',
      scenario: 'as-is',
      layout,
    });
    expect(ipc.exportMap.mock.calls[0]?.[1]).toBe('svg');
    // Rust writes the pictures' fixed words in the language the app is shown in.
    expect(ipc.exportMap.mock.calls[0]?.[3]).toBe('en');

    await user.click(screen.getByTestId('export-menu'));
    await user.click(screen.getByTestId('export-report-html'));
    await waitFor(() => expect(useWorkspace.getState().notice?.key).toBe('export.saved'));
    const [format, request] = ipc.exportReport.mock.calls[0] as [
      string,
      { result: unknown; segment: string | null; language: string },
    ];
    expect(format).toBe('html');
    expect(request.language).toBe('en');
    expect(request.result).toEqual(useSimulation.getState().result);
    expect(request.segment).toBe(useWorkspace.getState().segmentId);
  });

  // Seen in the window: with friction weights set, the list and the map's heat followed them
  // while the report and the CSV ranked by the run's own weights.
  it('exports the friction ranked as on screen, under the weights in force', async () => {
    const ipc = await startOnSample();
    ipc.exportReport.mockResolvedValue({ status: 'ok', data: '/tmp/touchmap-report.html' });
    ipc.exportResultsCsv.mockResolvedValue({ status: 'ok', data: '/tmp/touchmap-results.csv' });
    const run = sampleRun();
    const reversed = (items: readonly FrictionItem[]) => [...items].reverse().map((f, i) => ({ ...f, rank: i + 1 }));
    const weights = { ...run.weights, contacts: 5 };
    const ranked = Object.fromEntries(
      [run.overall, ...run.segments].map((g) => [g.segmentId ?? '', reversed(g.friction)]),
    );
    useSimulation.setState({ result: run, weights, ranked });
    const user = userEvent.setup();
    render(<ExportMenu />);

    await user.click(screen.getByTestId('export-menu'));
    await user.click(screen.getByTestId('export-report-html'));
    await waitFor(() => expect(ipc.exportReport).toHaveBeenCalled());
    await user.click(screen.getByTestId('export-menu'));
    await user.click(screen.getByTestId('export-results-csv'));
    await waitFor(() => expect(ipc.exportResultsCsv).toHaveBeenCalled());
    const reported = (ipc.exportReport.mock.calls[0] as [string, { result: RunResult }])[1].result;
    const tabled = ipc.exportResultsCsv.mock.calls[0]?.[0] as RunResult;
    for (const sent of [reported, tabled]) {
      expect(sent.weights).toEqual(weights);
      expect(sent.overall.friction).toEqual(reversed(run.overall.friction));
      expect(sent.segments.map((g) => g.friction)).toEqual(run.segments.map((g) => reversed(g.friction)));
      // Everything else is the run's.
      expect(sent.overall.kpis).toEqual(run.overall.kpis);
    }
  });

  it('shows the steps of a PDF report while it is made, and nothing once it is saved', async () => {
    const ipc = await startOnSample();
    let finish: (path: string) => void = () => undefined;
    let tell: (progress: ExportProgress) => void = () => undefined;
    ipc.exportReport.mockImplementation((_format, _request, _callId, channel) => {
      tell = (progress) => (channel as unknown as { onmessage: (p: ExportProgress) => void }).onmessage(progress);
      return new Promise((resolve) => {
        finish = (path) => resolve({ status: 'ok', data: path });
      });
    });
    const user = userEvent.setup();
    render(<ExportMenu />);
    expect(screen.queryByTestId('export-progress')).toBeNull();

    await user.click(screen.getByTestId('export-menu'));
    await user.click(screen.getByTestId('export-report-pdf'));
    // Before the first step is heard: that the report is being made.
    expect(screen.getByTestId('export-progress-text').textContent).toBe('Making the PDF report');
    act(() => tell({ step: 'typesetting', done: 2, total: 3 }));
    expect(screen.getByTestId('export-progress-text').textContent).toBe(
      'Making the PDF report: typesetting the PDF (step 2 of 3)',
    );
    // A second report waits for this one.
    await user.click(screen.getByTestId('export-menu'));
    expect((screen.getByTestId('export-report-pdf') as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByTestId('export-menu'));

    await act(async () => finish('/tmp/touchmap-report.pdf'));
    await waitFor(() => expect(screen.queryByTestId('export-progress')).toBeNull());
    expect(useWorkspace.getState().notice?.key).toBe('export.saved');
  });

  /** The report being made, held until `settle` answers it as Rust would. */
  async function makingPdf() {
    const ipc = await startOnSample();
    let settle: (answer: unknown) => void = () => undefined;
    ipc.exportReport.mockImplementation(() => new Promise((resolve) => (settle = resolve)));
    // Rust answers a cancel at once; the export then ends as cancelled.
    ipc.cancelCall.mockImplementation(() => {
      settle({ status: 'error', error: { code: 'cancelled', message: 'the export was cancelled' } });
      return Promise.resolve({ status: 'ok', data: null });
    });
    const user = userEvent.setup();
    render(<ExportMenu />);
    await user.click(screen.getByTestId('export-menu'));
    await user.click(screen.getByTestId('export-report-pdf'));
    expect(screen.getByTestId('export-progress')).toBeTruthy();
    return { ipc, user };
  }

  // The bug: a PDF report took 4-5 s with progress but no way to stop it.
  it('stops the report being made from its Cancel, quietly: no error, no saved notice', async () => {
    const { ipc, user } = await makingPdf();
    const cancel = screen.getByTestId('export-cancel') as HTMLButtonElement;
    expect(cancel.textContent).toBe('Cancel');
    expect(cancel.title).toContain('Esc');
    await user.click(cancel);
    // The cancel names this export's call.
    expect(ipc.cancelCall).toHaveBeenCalledTimes(1);
    expect(ipc.cancelCall).toHaveBeenCalledWith(ipc.exportReport.mock.calls[0]?.[2]);
    await waitFor(() => expect(screen.queryByTestId('export-progress')).toBeNull());
    expect(useWorkspace.getState().error).toBeNull();
    expect(useWorkspace.getState().notice).toBeNull();
    // The next report can be asked for again.
    await user.click(screen.getByTestId('export-menu'));
    expect((screen.getByTestId('export-report-pdf') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says it is cancelling until Rust stops, and asks only once', async () => {
    const ipc = await startOnSample();
    let settle: (answer: unknown) => void = () => undefined;
    ipc.exportReport.mockImplementation(() => new Promise((resolve) => (settle = resolve)));
    const user = userEvent.setup();
    render(<ExportMenu />);
    await user.click(screen.getByTestId('export-menu'));
    await user.click(screen.getByTestId('export-report-pdf'));
    await user.click(screen.getByTestId('export-cancel'));
    const cancel = screen.getByTestId('export-cancel') as HTMLButtonElement;
    expect(cancel.textContent).toBe('Cancelling…');
    expect(cancel.disabled).toBe(true);
    await user.keyboard('{Escape}');
    expect(ipc.cancelCall).toHaveBeenCalledTimes(1);
    await act(async () =>
      settle({ status: 'error', error: { code: 'cancelled', message: 'the export was cancelled' } }),
    );
    await waitFor(() => expect(screen.queryByTestId('export-progress')).toBeNull());
    expect(useWorkspace.getState().error).toBeNull();
  });

  it('stops the report being made on Escape', async () => {
    const { ipc, user } = await makingPdf();
    await user.keyboard('{Escape}');
    expect(ipc.cancelCall).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByTestId('export-progress')).toBeNull());
    expect(useWorkspace.getState().error).toBeNull();
  });

  it('still shows an export that failed for another reason', async () => {
    const ipc = await startOnSample();
    ipc.exportReport.mockResolvedValue({ status: 'error', error: { code: 'internal', message: 'disk full' } });
    const user = userEvent.setup();
    render(<ExportMenu />);
    await user.click(screen.getByTestId('export-menu'));
    await user.click(screen.getByTestId('export-report-pdf'));
    await waitFor(() => expect(useWorkspace.getState().error?.code).toBe('internal'));
    expect(screen.queryByTestId('export-progress')).toBeNull();
  });
});
