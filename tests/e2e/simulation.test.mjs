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

    await first.click();
    const hot = await browser.$('[data-testid="step-card"][data-friction]');
    await hot.waitForExist({ timeout: 10000 });
    await shoot(browser, 'journey-friction');

    await (await browser.$('[data-testid="view-tab-simulation"]')).click();
    await (await browser.$('[data-testid="compare-scenarios"]')).click();
    await (await browser.$('[data-testid="compare-table"]')).waitForExist({ timeout: 60000 });
    const compareRows = await browser.$$('[data-testid="compare-row"]');
    assert.ok(compareRows.length >= 4, 'the comparison lists the KPIs');
    const overlay = await browser.$('[data-testid="chart-overlay"]');
    await overlay.waitForExist({ timeout: 10000 });
    await overlay.scrollIntoView({ block: 'center' });
    await shoot(browser, 'scenario-comparison');
  } finally {
    await browser.deleteSession();
  }
});
