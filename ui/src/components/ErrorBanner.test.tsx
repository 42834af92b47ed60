import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { startOnSample } from '../test/harness';
import { useWorkspace } from '../store/workspace';
import { ErrorBanner } from './ErrorBanner';

describe('error banner', () => {
  it('shows the kind of error, its message and every problem as text, and can be dismissed', async () => {
    await startOnSample();
    useWorkspace.setState({
      error: new ApiError('invalid', 'The edit is not valid.', [
        { path: 'segments[1].share', message: 'must be between 0 and 1' },
        { path: 'steps[3].title', message: '<b>not html</b>' },
      ]),
    });
    render(<ErrorBanner />);
    const banner = screen.getByTestId('error-banner');
    expect(banner.textContent).toContain('The edit was refused');
    expect(banner.textContent).toContain('segments[1].share');
    expect(banner.querySelectorAll('li')).toHaveLength(2);
    // User and backend text is shown as text, never as markup.
    expect(banner.querySelector('b')).toBeNull();
    expect(banner.textContent).toContain('<b>not html</b>');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('shows a command that crashed as a bug, says the window still works and opens the log folder', async () => {
    const ipc = await startOnSample();
    const message = 'open_sample stopped on an internal error: index out of bounds';
    ipc.openSample.mockResolvedValueOnce({ status: 'error', error: { code: 'crashed', message } });
    render(<ErrorBanner />);
    await useWorkspace.getState().openSample();
    const banner = await screen.findByTestId('error-banner');
    expect(banner.querySelector('.error-title')?.textContent).toBe('Touchmap hit a bug');
    expect(banner.textContent).toContain(message);
    expect(screen.getByTestId('error-crashed-hint').textContent).toContain('Help (?) ▸ Open log folder');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open log folder' }));
    expect(ipc.openLogFolder).toHaveBeenCalledTimes(1);
  });

  it('gives no log hint for an error the user can act on', async () => {
    await startOnSample();
    useWorkspace.setState({ error: new ApiError('missing', 'The file /tmp/a.touchmap no longer exists.') });
    render(<ErrorBanner />);
    expect(screen.getByTestId('error-banner').textContent).toContain('File not found');
    expect(screen.queryByTestId('error-crashed-hint')).toBeNull();
  });
});
