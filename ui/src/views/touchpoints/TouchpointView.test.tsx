import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { useWorkspace } from '../../store/workspace';
import { startOnSample } from '../../test/harness';
import { sampleNames } from '../../test/sample';

const names = sampleNames();

describe('touchpoint map', () => {
  it('counts touchpoints per cell, lists a cell’s steps and opens one in the journey map', async () => {
    await startOnSample();
    render(<App />);
    act(() => useWorkspace.getState().selectSegment(names.segment('Family home').id));
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-touchpoints'));
    // The three technician visits of the family's activation.
    const activate = names.stage('Activate').id;
    const atHome = names.channel('Technician at home').id;
    const cell = screen
      .getAllByTestId('touchpoint-cell')
      .find((c) => c.dataset.stageId === activate && c.dataset.channelId === atHome)!;
    expect(cell.textContent).toBe('3');
    await user.click(cell);
    const steps = screen.getAllByTestId('touchpoint-step');
    expect(steps.map((s) => s.textContent)).toEqual([
      expect.stringContaining('First technician visit: broadband'),
      expect.stringContaining('Second technician visit: the IPTV boxes'),
      expect.stringContaining('Third technician visit: the fixed line'),
    ]);
    await user.click(steps[1]!);
    expect(screen.getByTestId('journey-map')).toBeTruthy();
    expect(screen.getByTestId('step-editor')).toBeTruthy();
    expect((screen.getByTestId('step-title-input') as HTMLInputElement).value).toBe(
      'Second technician visit: the IPTV boxes',
    );
    expect(useWorkspace.getState().journeyId).toBe(names.journey('Get the home triple-play').id);
  });
});
