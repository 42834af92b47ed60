import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { useWorkspace } from '../../store/workspace';
import { startOnSample } from '../../test/harness';

describe('touchpoint map', () => {
  it('counts touchpoints per cell, lists a cell’s steps and opens one in the journey map', async () => {
    await startOnSample();
    render(<App />);
    act(() => useWorkspace.getState().selectSegment('seg-family'));
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-touchpoints'));
    const cell = screen
      .getAllByTestId('touchpoint-cell')
      .find((c) => c.dataset.stageId === 'stage-activate' && c.dataset.channelId === 'ch-hotline')!;
    expect(cell.textContent).toBe('3');
    await user.click(cell);
    const steps = screen.getAllByTestId('touchpoint-step');
    expect(steps).toHaveLength(3);
    await user.click(steps[0]!);
    expect(screen.getByTestId('journey-map')).toBeTruthy();
    expect(screen.getByTestId('step-editor')).toBeTruthy();
    expect((screen.getByTestId('step-title-input') as HTMLInputElement).value).toBe('Calls to chase the order');
  });
});
