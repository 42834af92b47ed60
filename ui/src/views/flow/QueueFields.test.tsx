import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setIpc } from '../../api/ipc';
import { i18n } from '../../i18n';
import type { Task } from '../../model/flowTypes';
import { spiedMockIpc } from '../../test/harness';
import { QueueFields } from './QueueFields';

const billing: Task = {
  id: 'bill',
  name: 'Billing run',
  duration: { kind: 'fixed', value: 0.1 },
  resource: null,
  actor: 'system',
  channel: 'bill',
  silo: 'billing',
};

function edit(task: Task) {
  const onSave = vi.fn<(patch: Partial<Task>) => void>();
  render(<QueueFields task={task} onSave={onSave} />);
  return onSave;
}

async function type(testId: string, text: string) {
  const user = userEvent.setup();
  const input = screen.getByTestId(testId);
  await user.clear(input);
  await user.type(input, `${text}{Enter}`);
}

describe('a task in its queue', () => {
  beforeEach(async () => {
    setIpc(spiedMockIpc());
    await i18n.changeLanguage('en');
  });

  it('commits a priority from 0 to 9 and refuses one out of range with a reason', async () => {
    const onSave = edit(billing);
    expect((screen.getByTestId('inspector-priority') as HTMLInputElement).value).toBe('0');
    await type('inspector-priority', '3');
    expect(onSave).toHaveBeenLastCalledWith({ priority: 3 });
    onSave.mockClear();
    await type('inspector-priority', '12');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('At most 9.')).toBeTruthy();
  });

  it('batches by a size, keeps the time-out, and clears the batch when both are empty', async () => {
    const onSave = edit({ ...billing, batch: { size: null, timeoutDays: 1 } });
    await type('inspector-batch-size', '20');
    expect(onSave).toHaveBeenLastCalledWith({ batch: { size: 20, timeoutDays: 1 } });
    await type('inspector-batch-timeout', ' ');
    expect(onSave).toHaveBeenLastCalledWith({ batch: null });
  });

  it('reads a time-out in hours and refuses a batch of no case', async () => {
    const onSave = edit(billing);
    await type('inspector-batch-timeout', '12 h');
    expect(onSave).toHaveBeenLastCalledWith({ batch: { size: null, timeoutDays: 0.5 } });
    onSave.mockClear();
    await type('inspector-batch-size', '0');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('releases a batch on the days ticked, at 02:00 until an hour is typed', async () => {
    const user = userEvent.setup();
    const onSave = edit(billing);
    expect(screen.queryByTestId('inspector-release-hour')).toBeNull();
    await user.click(screen.getByTestId('inspector-release-tuesday'));
    expect(onSave).toHaveBeenLastCalledWith({
      batch: { size: null, timeoutDays: null, release: { days: ['tuesday'], hour: 2 } },
    });
  });

  it('edits the release hour, refuses midnight, and drops the batch with its last day', async () => {
    const release = { days: ['monday' as const, 'thursday' as const], hour: 2 };
    const onSave = edit({ ...billing, batch: { size: 20, timeoutDays: null, release } });
    await type('inspector-release-hour', '22.5');
    expect(onSave).toHaveBeenLastCalledWith({
      batch: { size: 20, timeoutDays: null, release: { ...release, hour: 22.5 } },
    });
    onSave.mockClear();
    await type('inspector-release-hour', '24');
    expect(onSave).not.toHaveBeenCalled();
    await type('inspector-batch-size', ' ');
    expect(onSave).toHaveBeenLastCalledWith({ batch: { size: null, timeoutDays: null, release } });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('inspector-release-monday'));
    expect(onSave).toHaveBeenLastCalledWith({
      batch: { size: 20, timeoutDays: null, release: { days: ['thursday'], hour: 2 } },
    });
  });
});
