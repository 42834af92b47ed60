// A long export stopped in the real window: a long PDF report shows its progress with
// a Cancel; Cancel or Escape stops it on the Rust side, quietly, and leaves no file behind,
// and the next export still runs to the end.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, sandbox, shoot, startDriver, stopDriver } from './harness.mjs';

const box = sandbox();
// The sample's PDF takes well under a second: too short to cancel while it is typeset. The
// debug build repeats its pages (`lengthened_for_tests` in src-tauri/src/export.rs).
box.env.TOUCHMAP_E2E_REPORT_COPIES = '12';
let driver;

before(async () => { driver = await startDriver(box); });
after(async () => { if (driver) await stopDriver(driver); });

async function startPdfReport(browser) {
  await (await browser.$('[data-testid="export-menu"]')).click();
  await (await browser.$('[data-testid="export-report-pdf"]')).click();
  await (await browser.$('[data-testid="export-cancel"]')).waitForDisplayed({ timeout: 10000 });
}

/** Waits until the progress is gone; returns how long that took after `since`. */
async function progressGone(browser, since, what) {
  await (await browser.$('[data-testid="export-progress"]')).waitForExist({
    reverse: true,
    timeout: 60000,
    timeoutMsg: `${what}: the report's progress is still shown`,
  });
  return Date.now() - since;
}

test('a PDF report is cancelled by its Cancel or by Escape, quietly and leaving no file', async () => {
  const browser = await launch();
  try {
    await startPdfReport(browser);
    await shoot(browser, 'export-progress');
    const clicked = Date.now();
    await (await browser.$('[data-testid="export-cancel"]')).click();
    const byButton = await progressGone(browser, clicked, 'Cancel');

    await startPdfReport(browser);
    const pressed = Date.now();
    await browser.keys(['Escape']);
    const byKey = await progressGone(browser, pressed, 'Escape');
    console.log(`PDF report cancelled: progress gone ${byButton} ms after Cancel, ${byKey} ms after Escape`);

    assert.equal((await browser.$$('[data-testid="error-banner"]')).length, 0, 'a cancel is not an error');
    assert.deepEqual(readdirSync(box.exports), [], 'nothing written, not even a staged file');

    // The next report is not cancelled by the last one's flag: it is written whole.
    const started = Date.now();
    await startPdfReport(browser);
    const whole = await progressGone(browser, started, 'the uncancelled report');
    console.log(`PDF report made and written in ${whole} ms`);
    const file = path.join(box.exports, 'touchmap-report.pdf');
    assert.ok(existsSync(file), 'the report is written');
    assert.deepEqual(readdirSync(box.exports), ['touchmap-report.pdf']);
    assert.ok(byButton < whole && byKey < whole, 'a cancelled report stops before a whole one is made');
  } finally {
    await browser.deleteSession();
  }
});
