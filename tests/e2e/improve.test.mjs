// The improvement finder in the real window: the sample's as-is simulated with every
// candidate change at a few cases, the ten best listed; and the waiting by cause of a run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, sandbox, setInputValue, shoot, startDriver, stopDriver } from './harness.mjs';

const box = sandbox();

/** The pointer over the sidebar: left where the Run button was, it hovered the chart that
 * scrolled under it, and the chart's tooltip covered its bars in the screenshot. */
const awayFromCharts = (browser) => browser.action('pointer').move({ x: 100, y: 500, origin: 'viewport' }).perform();
let driver;

before(async () => { driver = await startDriver(box); });
after(async () => { if (driver) await stopDriver(driver); });

test('a run shows its waiting by cause, and the finder lists the changes that shorten the as-is most', async () => {
  const browser = await launch();
  try {
    await (await browser.$('[data-testid="view-tab-simulation"]')).click();
    // Few cases: the debug build's engine is unoptimised, and the finder runs 96 of them.
    // 2,000 rather than 1,000: four replications instead of two, so the intervals in the
    // screenshot are those of a usable search, not a t-value of 12.7.
    const cases = await browser.$('[data-testid="sim-cases"]');
    await cases.waitForExist({ timeout: 30000 }); // the view's code loads on first use
    await setInputValue(browser, cases, 2000);
    await (await browser.$('[data-testid="run-simulation"]')).click();
    const waiting = await browser.$('[data-testid="chart-waiting-card"]');
    await waiting.waitForExist({ timeout: 60000 });
    assert.ok(Number(await waiting.getAttribute('data-steps')) > 0, 'some steps waited');
    await waiting.scrollIntoView({ block: 'center' });
    await awayFromCharts(browser);
    await browser.pause(300); // the chart's own animation
    await shoot(browser, 'waiting-causes');

    const panel = await browser.$('[data-testid="improve-panel"]');
    await panel.scrollIntoView({ block: 'start' });
    await (await browser.$('[data-testid="improve-toggle"]')).click();
    await (await browser.$('[data-testid="improve-find"]')).click();
    await (await browser.$('[data-testid="improve-progress"]')).waitForExist({ timeout: 10000 });
    const table = await browser.$('[data-testid="improve-findings"]');
    await table.waitForExist({ timeout: 180000 });
    const rows = await browser.$$('[data-testid="improve-row"]');
    assert.equal(rows.length, 10, 'the top ten');
    assert.match(await rows[0].getText(), /\d/, 'the best change with its figures');
    const effect = await (await rows[0].$('[data-testid="improve-effect"]')).getText();
    assert.match(effect, /^−\d/, `the best change shortens the p90 (${effect})`);
    const caption = await (await browser.$('[data-testid="improve-caption"]')).getText();
    assert.match(caption, /candidates at 2,000 cases/, caption);
    await panel.scrollIntoView({ block: 'start' });
    await awayFromCharts(browser);
    await shoot(browser, 'improvements');

    // Kept: the real backend writes the new scenario in one undoable edit, and the form
    // shows it, named after the change.
    await (await rows[0].$('[data-testid="improve-keep"]')).click();
    const notice = await browser.$('[data-testid="notice"]');
    await notice.waitForExist({ timeout: 10000 });
    assert.match(await notice.getText(), /Kept as the scenario “as-is \+ /);
    const scenario = await browser.$('[data-testid="sim-scenario"]');
    await browser.waitUntil(async () => /^as-is \+ /.test(await (await scenario.$('option:checked')).getText()), {
      timeout: 10000,
      timeoutMsg: 'the kept scenario is selected',
    });
    assert.match(await (await browser.$('[data-testid="undo"]')).getAttribute('title'), /improvement/i);

    // Esc stops a search under way: the progress goes, the backend says cancelled. The keep
    // started a quick re-estimate of the shown result; Find does not wait for it, as each is
    // a call of its own, and stopping the search leaves the estimate to finish.
    const find = await browser.$('[data-testid="improve-find"]');
    await find.waitForEnabled({ timeout: 10000 });
    await find.click();
    const progress = await browser.$('[data-testid="improve-progress"]');
    await progress.waitForExist({ timeout: 10000 });
    await browser.keys(['Escape']);
    await progress.waitForExist({ timeout: 20000, reverse: true });
    await browser.waitUntil(async () => /cancelled/.test(await (await browser.$('[data-testid="notice"]')).getText()), {
      timeout: 10000,
      timeoutMsg: 'the cancelled notice',
    });
    assert.equal((await browser.$$('[data-testid="error-banner"]')).length, 0, 'a cancel is not an error');
  } finally {
    await browser.deleteSession();
  }
});
