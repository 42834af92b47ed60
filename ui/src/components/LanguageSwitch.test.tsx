import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { startOnSample } from '../test/harness';

describe('language switch', () => {
  it('switches the visible text to Simplified Chinese and back, and saves the choice', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    expect(screen.getByTestId('view-tab-touchpoints').textContent).toBe('Touchpoint map');
    await user.click(screen.getByTestId('language-switch'));
    expect(screen.getByTestId('view-tab-touchpoints').textContent).toBe('触点地图');
    expect(screen.getByText('客户行为')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(ipc.setPreferences).toHaveBeenLastCalledWith('zh-CN', null);
    await user.click(screen.getByTestId('language-switch'));
    expect(screen.getByTestId('view-tab-touchpoints').textContent).toBe('Touchpoint map');
    expect(document.documentElement.lang).toBe('en');
  });
});
