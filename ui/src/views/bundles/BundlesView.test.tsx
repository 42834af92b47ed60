import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { startOnSample } from '../../test/harness';

describe('bundles editor', () => {
  it('adds a service to the selected bundle with one labelled edit', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-bundles'));
    await user.type(screen.getByTestId('add-service-input'), 'Smart home');
    await user.selectOptions(screen.getByTestId('add-service-silo'), 'silo-broadband');
    await user.click(screen.getByTestId('add-service'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(ipc.applyEdit).toHaveBeenCalledWith('Add service', [
      {
        op: 'put',
        entity: {
          kind: 'service',
          value: expect.objectContaining({
            bundleId: 'bundle-home',
            name: 'Smart home',
            siloId: 'silo-broadband',
            optional: false,
            position: 4,
          }),
        },
      },
    ]);
    expect(screen.getAllByTestId('service-row')).toHaveLength(5);
  });

  it('offers no delete for a silo still in use and says why', async () => {
    await startOnSample();
    render(<App />);
    await userEvent.setup().click(screen.getByTestId('view-tab-bundles'));
    const rows = screen.getAllByTestId('silo-row');
    expect(rows).toHaveLength(4);
    expect(within(rows[0]!).queryByTestId('delete-silo')).toBeNull();
    expect(within(rows[0]!).getByTestId('silo-in-use').textContent).toContain('Mobile');
  });
});
