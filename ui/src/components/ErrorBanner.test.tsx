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
});
