import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExportProgress } from '../bindings';
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
    // The pictures' fixed words come in the user's language.
    expect((ipc.exportMap.mock.calls[0]?.[3] as Record<string, string>)['lane.frontstage']).toBe('Frontstage');

    await user.click(screen.getByTestId('export-menu'));
    await user.click(screen.getByTestId('export-report-html'));
    await waitFor(() => expect(useWorkspace.getState().notice?.key).toBe('export.saved'));
    const [format, request] = ipc.exportReport.mock.calls[0] as [string, { result: unknown; segment: string | null }];
    expect(format).toBe('html');
    expect(request.result).toBe(useSimulation.getState().result);
    expect(request.segment).toBe(useWorkspace.getState().segmentId);
  });

  it('shows the steps of a PDF report while it is made, and nothing once it is saved', async () => {
    const ipc = await startOnSample();
    let finish: (path: string) => void = () => undefined;
    let tell: (progress: ExportProgress) => void = () => undefined;
    ipc.exportReport.mockImplementation((_format, _request, channel) => {
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
    expect(screen.getByTestId('export-progress').textContent).toBe('Making the PDF report');
    act(() => tell({ step: 'typesetting', done: 2, total: 3 }));
    expect(screen.getByTestId('export-progress').textContent).toBe(
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
});
