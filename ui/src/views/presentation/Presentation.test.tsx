import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { usePresentation } from '../../store/presentation';
import { resetSimulationStore } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { openTab, startOnSample, viewLoaded } from '../../test/harness';

const slide = () => screen.getByTestId('presentation-slide');

describe('presentation mode', () => {
  beforeEach(() => {
    resetSimulationStore();
    usePresentation.setState({ open: false, index: 0, scope: 'segment' });
  });

  it('steps through the slides with the keyboard, shows nothing editable, and Escape leaves', async () => {
    await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await openTab(user, 'simulation');
    await user.click(screen.getByTestId('run-simulation'));
    await user.click(screen.getByTestId('compare-scenarios'));
    await screen.findByTestId('comparison');

    await user.click(screen.getByTestId('present-button'));
    await viewLoaded();
    const deck = screen.getByTestId('presentation');
    expect(deck.querySelectorAll('input, select, textarea, [contenteditable="true"]')).toHaveLength(0);
    expect(screen.queryByTestId('view-tab-simulation')).toBeNull();
    expect(slide().dataset.index).toBe('0');
    const count = Number(/\/ (\d+)/.exec(screen.getByTestId('presentation-counter').textContent ?? '')?.[1]);
    expect(count).toBeGreaterThan(3);

    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(slide().dataset.index).toBe('1');
    expect(slide().dataset.kind).toBe('stage');
    fireEvent.keyDown(window, { key: 'PageDown' });
    fireEvent.keyDown(window, { key: ' ' });
    expect(slide().dataset.index).toBe('3');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(slide().dataset.index).toBe('2');
    expect(screen.getByTestId('presentation-counter').textContent).toBe(`3 / ${count}`);
    // Undo is not reachable while presenting.
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    for (let i = 0; i < count; i++) fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(slide().dataset.index).toBe(String(count - 1));
    expect(slide().dataset.kind).toBe('comparison');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(slide().dataset.kind).toBe('friction');
    expect(screen.getByTestId('presentation').querySelectorAll('input, select, textarea')).toHaveLength(0);

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('presentation')).toBeNull();
    expect(screen.getByTestId('view-tab-simulation')).toBeTruthy();

    fireEvent.keyDown(window, { key: 'F5' });
    expect(slide().dataset.index).toBe('0');
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true });
    expect(screen.getByTestId('presentation')).toBeTruthy();
    // It runs a simulation and a comparison through the whole app: slow on a busy machine.
  }, 20_000);

  it('presents every segment in turn when asked, then the selected one again', async () => {
    await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('present-button'));
    await viewLoaded();
    const count = () => Number(/\/ (\d+)/.exec(screen.getByTestId('presentation-counter').textContent ?? '')?.[1]);
    const kickers = () => screen.getByTestId('presentation-slide').querySelector('.slide-kicker')?.textContent ?? '';
    const one = count();
    const scope = screen.getByTestId('present-scope');
    expect(scope.getAttribute('aria-pressed')).toBe('false');

    await user.click(scope);
    expect(scope.getAttribute('aria-pressed')).toBe('true');
    expect(slide().dataset.index).toBe('0');
    expect(count()).toBeGreaterThan(one);
    // Stepping through the deck meets every segment's journey on its stage slides.
    const doc = useWorkspace.getState().workspace!.document;
    const seen = new Set<string>();
    for (let i = 1; i < count(); i++) {
      fireEvent.keyDown(window, { key: 'ArrowRight' });
      if (slide().dataset.kind === 'stage') seen.add(kickers());
    }
    for (const journey of doc.journeys) {
      const segment = doc.segments.find((s) => s.id === journey.segmentId)!;
      expect(seen).toContain(`${journey.name} · ${segment.name}`);
    }

    await user.click(scope);
    expect(count()).toBe(one);
  });
});
