// The simulation in the real window: run the sample's as-is activation, see the ranked
// friction and its heat on the journey map, then compare as-is with to-be.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, sandbox, shoot, startDriver, stopDriver } from './harness.mjs';

const box = sandbox();
let driver;

before(async () => { driver = await startDriver(box); });
after(async () => { if (driver) await stopDriver(driver); });

test('the as-is run ranks friction, lights up the journey map, and compares with to-be', async () => {
  const browser = await launch();
  try {
    await (await browser.$('[data-testid="view-tab-simulation"]')).click();
    await (await browser.$('[data-testid="run-simulation"]')).click();
    const first = await browser.$('[data-testid="friction-item"]');
    await first.waitForExist({ timeout: 60000 });
    const items = await browser.$$('[data-testid="friction-item"]');
    assert.ok(items.length >= 5, `friction is ranked (saw ${items.length} items)`);
    const reason = await first.getText();
    assert.match(reason, /technician|bill|critical path|contacts/i, reason);
    const rows = await browser.$$('[data-testid="kpi-row"]');
    assert.ok(rows.length >= 4, 'the KPI table is shown');
    await shoot(browser, 'simulation-results');

    // In Chinese the reasons are Chinese too (they were the engine's English), and English
    // again after switching back.
    const firstReason = async () => (await browser.$('[data-testid="friction-item"] .friction-reason')).getText();
    await (await browser.$('[data-testid="language-switch"]')).click();
    await browser.waitUntil(async () => /[\u4e00-\u9fff]/.test(await firstReason()), {
      timeout: 10000,
      timeoutMsg: 'the first friction reason turns Chinese',
    });
    assert.doesNotMatch(await firstReason(), /technician|contacts|hand-offs/i);
    await shoot(browser, 'simulation-chinese');
    await (await browser.$('[data-testid="language-switch"]')).click();
    await browser.waitUntil(async () => /technician|contacts|hand-offs/i.test(await firstReason()), {
      timeout: 10000,
      timeoutMsg: 'the first friction reason is English again',
    });

    await first.click();
    const hot = await browser.$('[data-testid="step-card"][data-friction]');
    await hot.waitForExist({ timeout: 10000 });
    await shoot(browser, 'journey-friction');

    // After the run the touchpoint map marks the channel switches the flow forces; a badge
    // never covers the count of its cell (it covered it in narrow columns).
    await (await browser.$('[data-testid="view-tab-touchpoints"]')).click();
    await (await browser.$('[data-testid^="channel-switch-"]')).waitForExist({ timeout: 10000 });
    const covered = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid^="channel-switch-"]')].flatMap((badge) => {
        const count = badge.parentElement.querySelector('[data-testid="touchpoint-count"]');
        const a = badge.getBoundingClientRect();
        const b = count.getBoundingClientRect();
        if (b.width === 0) return [];
        const apart = a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom;
        return apart ? [] : [badge.dataset.testid];
      }),
    );
    assert.deepEqual(covered, [], 'no channel-switch badge covers a count');
    await shoot(browser, 'touchpoint-badges');

    await (await browser.$('[data-testid="view-tab-simulation"]')).click();
    await (await browser.$('[data-testid="compare-scenarios"]')).click();
    await (await browser.$('[data-testid="compare-table"]')).waitForExist({ timeout: 60000 });
    const compareRows = await browser.$$('[data-testid="compare-row"]');
    assert.ok(compareRows.length >= 4, 'the comparison lists the KPIs');
    // The headline leads, where the user is looking: in the window without scrolling.
    const headline = await browser.$('[data-testid="compare-headline-line"]');
    await headline.waitForExist({ timeout: 10000 });
    assert.match(await headline.getText(), /p90 time to activation −\d+% \(/);
    await browser.pause(800); // the smooth scroll
    const inView = await browser.execute((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, headline);
    assert.ok(inView, 'the headline is in view');
    const overlay = await browser.$('[data-testid="chart-overlay"]');
    await overlay.waitForExist({ timeout: 10000 });
    await shoot(browser, 'scenario-comparison');
  } finally {
    await browser.deleteSession();
  }
});
