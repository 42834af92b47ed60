import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { startOnSample } from '../../test/harness';
import { sampleNames } from '../../test/sample';

const names = sampleNames();

describe('bundles editor', () => {
  it('adds a service to the selected bundle with one labelled edit', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-bundles'));
    await user.type(screen.getByTestId('add-service-input'), 'Smart home');
    const broadband = names.silo('Broadband').id;
    await user.selectOptions(screen.getByTestId('add-service-silo'), broadband);
    await user.click(screen.getByTestId('add-service'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(ipc.applyEdit).toHaveBeenCalledWith('Add service', [
      {
        op: 'put',
        entity: {
          kind: 'service',
          value: expect.objectContaining({
            bundleId: names.bundle('Home triple-play').id,
            name: 'Smart home',
            siloId: broadband,
            optional: false,
            position: 4,
          }),
        },
      },
    ]);
    expect(screen.getAllByTestId('service-row')).toHaveLength(5);
  });

  it('offers no delete for a silo still in use, by a service or by scenario steps, and says why', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-bundles'));
    const rows = () => screen.getAllByTestId('silo-row');
    expect(rows()).toHaveLength(names.doc.silos.length);
    const row = (silo: string) => rows()[names.doc.silos.findIndex((s) => s.name === silo)]!;
    // The Mobile silo provisions the Mobile service (and owns as-is steps).
    expect(within(row('Mobile')).queryByTestId('delete-silo')).toBeNull();
    expect(within(row('Mobile')).getByTestId('silo-in-use').textContent).toContain('Used by Mobile');
    // No service names the TV billing silo, but a task of the as-is billing does.
    const tvBilling = names.silo('TV billing').id;
    expect(names.doc.services.some((s) => s.siloId === tvBilling)).toBe(false);
    expect(names.scenario('as-is').billing.nodes.some((n) => n.kind === 'task' && n.silo === tvBilling)).toBe(true);
    expect(within(row('TV billing')).queryByTestId('delete-silo')).toBeNull();
    const why = within(row('TV billing')).getByTestId('silo-in-use').textContent;
    expect(why).toContain('Owns an activation-flow step (as-is)');
    expect(why).not.toContain('Used by');

    // A silo nothing uses can be deleted.
    await user.type(screen.getByTestId('add-silo-input'), 'Cloud');
    await user.click(screen.getByTestId('add-silo'));
    const added = rows().at(-1)!;
    expect(within(added).queryByTestId('silo-in-use')).toBeNull();
    await user.click(within(added).getByTestId('delete-silo'));
    await user.click(within(added).getByTestId('delete-silo-confirm'));
    expect(ipc.applyEdit).toHaveBeenLastCalledWith('Delete silo', [
      { op: 'delete', target: { kind: 'silo', id: expect.any(String) } },
    ]);
    expect(rows()).toHaveLength(names.doc.silos.length);
  });
});
