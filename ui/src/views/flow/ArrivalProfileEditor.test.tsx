import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setIpc } from '../../api/ipc';
import type { ArrivalBand } from '../../bindings';
import { i18n } from '../../i18n';
import { spiedMockIpc } from '../../test/harness';
import { ArrivalProfileEditor } from './ArrivalProfileEditor';

function edit(bands: ArrivalBand[]) {
  const onCommit = vi.fn<(bands: ArrivalBand[]) => void>();
  render(<ArrivalProfileEditor bands={bands} onCommit={onCommit} />);
  return onCommit;
}

describe('the weekly profile of orders', () => {
  beforeEach(async () => {
    setIpc(spiedMockIpc());
    await i18n.changeLanguage('en');
  });

  it('starts from office hours with a busier Monday and can be switched off again', async () => {
    const user = userEvent.setup();
    const onCommit = edit([]);
    expect(screen.queryAllByTestId('arrival-band')).toHaveLength(0);
    await user.click(screen.getByTestId('arrival-profile-on'));
    const bands = onCommit.mock.calls[0]?.[0] ?? [];
    expect(bands.map((b) => b.day)).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
    expect(bands[0]).toEqual({ day: 'monday', fromHour: 9, toHour: 17, weight: 1.5 });
    expect(bands[1]?.weight).toBe(1);
  });

  it('commits a changed weight for its band only', async () => {
    const user = userEvent.setup();
    const monday: ArrivalBand = { day: 'monday', fromHour: 9, toHour: 17, weight: 2 };
    const tuesday: ArrivalBand = { ...monday, day: 'tuesday', weight: 1 };
    const onCommit = edit([monday, tuesday]);
    const weight = screen.getByTestId('arrival-band-weight-1');
    await user.clear(weight);
    await user.type(weight, '3{Enter}');
    expect(onCommit).toHaveBeenLastCalledWith([monday, { ...tuesday, weight: 3 }]);
    await user.click(screen.getByTestId('arrival-profile-on'));
    expect(onCommit).toHaveBeenLastCalledWith([]);
  });
});
