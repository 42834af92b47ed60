import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setIpc } from '../../api/ipc';
import { i18n } from '../../i18n';
import type { Dist } from '../../model/flowTypes';
import { spiedMockIpc } from '../../test/harness';
import { DistEditor } from './DistEditor';

const hours = (h: number) => h / 24;

function edit(dist: Dist, durations = true) {
  const onCommit = vi.fn<(dist: Dist) => void>();
  render(<DistEditor label="Duration" dist={dist} durations={durations} onCommit={onCommit} />);
  return onCommit;
}

describe('the bounds and shift of a distribution', () => {
  beforeEach(async () => {
    setIpc(spiedMockIpc());
    await i18n.changeLanguage('en');
  });

  it('are folded away until opened, then typed in hours like the parameters', async () => {
    const user = userEvent.setup();
    const onCommit = edit({ kind: 'exponential', mean: hours(2) });
    expect(screen.queryByTestId('inspector-dist-bound-max')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Bounds and shift/ }));
    const max = screen.getByTestId('inspector-dist-bound-max') as HTMLInputElement;
    expect(max.value).toBe('');
    expect(max.placeholder).toBe('none');
    // A bare number is read in the unit the distribution is in: hours.
    await user.type(max, '6{Enter}');
    expect(onCommit).toHaveBeenLastCalledWith({ kind: 'exponential', mean: hours(2), bounds: { max: hours(6) } });
    await user.type(screen.getByTestId('inspector-dist-bound-shift'), '30 min{Enter}');
    expect(onCommit).toHaveBeenLastCalledWith({
      kind: 'exponential',
      mean: hours(2),
      bounds: { shift: expect.closeTo(hours(0.5), 12) },
    });
  });

  it('open when set, cleared by a blank entry, refused when the lower bound is not below the upper', async () => {
    const user = userEvent.setup();
    const onCommit = edit({ kind: 'exponential', mean: 3, bounds: { min: 2, max: 10 } });
    const min = screen.getByTestId('inspector-dist-bound-min') as HTMLInputElement;
    expect(min.value).toBe('2 days');
    await user.clear(min);
    await user.type(min, '12{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('The lower bound must be below the upper bound.');
    expect(onCommit).not.toHaveBeenCalled();
    await user.clear(min);
    await user.tab();
    expect(onCommit).toHaveBeenLastCalledWith({ kind: 'exponential', mean: 3, bounds: { max: 10 } });
  });

  it('are plain numbers for a patience in contacts, and said in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    const user = userEvent.setup();
    const onCommit = edit({ kind: 'fixed', value: 25 }, false);
    await user.click(screen.getByRole('button', { name: /上下限与平移/ }));
    await user.type(screen.getByTestId('inspector-dist-bound-shift'), '-1{Enter}');
    expect(screen.getByText('不小于 0。')).toBeTruthy();
    expect(onCommit).not.toHaveBeenCalled();
  });
});
