import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleRun } from '../../api/fixtures';
import { i18n } from '../../i18n';
import { RunMethod } from './RunMethod';

afterEach(() => void i18n.changeLanguage('en'));

describe('how a run was measured', () => {
  it('names the replications and the warm-up the engine discarded in the sample run', () => {
    const run = sampleRun();
    expect(run.mode).toBe('stream');
    // The recorded run is a stream of orders with the engine's default warm-up.
    const warmUp = run.warmUpCases ?? 0;
    expect(warmUp).toBeGreaterThan(0);
    render(<RunMethod result={run} />);
    const line = screen.getByTestId('run-method');
    expect(line.dataset.warmUp).toBe(String(warmUp));
    expect(line.textContent).toContain(`${run.replications} replications`);
    expect(line.textContent).toContain(`${warmUp.toLocaleString('en')} orders it does not count`);
    expect(line.title).toMatch(/empty queues/);
  });

  it('says a run without warm-up starts from empty queues, and independent cases need none', () => {
    const run = { ...sampleRun(), warmUpCases: 0 };
    const { unmount } = render(<RunMethod result={run} />);
    expect(screen.getByTestId('run-method').textContent).toMatch(/from empty queues \(no warm-up\)/);
    unmount();
    render(<RunMethod result={{ ...run, mode: 'independent' }} />);
    expect(screen.getByTestId('run-method').textContent).toMatch(/needs no warm-up/);
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<RunMethod result={sampleRun()} />);
    expect(screen.getByTestId('run-method').textContent).toMatch(/预热/);
  });
});
