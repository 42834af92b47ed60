import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startOnSample } from '../test/harness';
import { ErrorBanner } from './ErrorBanner';
import { HelpPopover } from './HelpPopover';

describe('help popover', () => {
  it('opens the log folder from the keyboard alone, and closes', async () => {
    const ipc = await startOnSample();
    render(<HelpPopover />);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Help' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Help' }).textContent).toContain('Keyboard shortcuts');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open log folder' }));
    await user.keyboard('{Enter}');
    expect(ipc.openLogFolder).toHaveBeenCalledTimes(1);
    expect(ipc.openLogFolder).toHaveBeenCalledWith();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows in the banner why the folder could not be opened', async () => {
    const ipc = await startOnSample();
    const message = 'cannot open /home/u/.local/share/touchmap/logs in the file manager: no launcher';
    ipc.openLogFolder.mockResolvedValueOnce({ status: 'error', error: { code: 'internal', message } });
    render(
      <>
        <ErrorBanner />
        <HelpPopover />
      </>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.click(screen.getByRole('button', { name: 'Open log folder' }));
    expect((await screen.findByTestId('error-banner')).textContent).toContain(message);
  });
});
