// A panic in a command, in the real window: the call is answered with a typed error that the
// banner shows as a bug (never a window waiting for ever), the window goes on working, and the
// log file in the app's data folder holds the start, the panic and the failed command.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, sandbox, shoot, startDriver, stopDriver } from './harness.mjs';

const box = sandbox();
// Debug builds only: the guard makes this command panic when it is called (src-tauri/src/guard.rs).
box.env.TOUCHMAP_E2E_PANIC = 'open_sample';
const data = path.join(box.root, 'data', 'app.touchmap.desktop');
const log = () => readFileSync(path.join(data, 'logs', 'touchmap_rCURRENT.log'), 'utf8');
let driver;

before(async () => { driver = await startDriver(box); });
after(async () => { if (driver) await stopDriver(driver); });

test('a panic in a command shows as a bug in the banner, the window goes on, and the log holds it', async () => {
  const browser = await launch();
  try {
    assert.match(log(), /INFO  Touchmap \S+ started on .+, WebKit /);

    await (await browser.$('[data-testid="help"]')).click();
    await (await browser.$('[data-testid="open-log-folder"]')).waitForDisplayed();
    await shoot(browser, 'help-open-log-folder');
    await browser.keys('Escape');

    await (await browser.$('[data-testid="file-menu"]')).click();
    await (await browser.$('[data-testid="file-sample"]')).click();
    const banner = await browser.$('[data-testid="error-banner"]');
    await banner.waitForDisplayed({ timeout: 10000 });
    await shoot(browser, 'crashed-banner');
    const text = await banner.getText();
    assert.match(text, /Touchmap hit a bug/);
    assert.match(text, /open_sample stopped on an internal error: TOUCHMAP_E2E_PANIC asked open_sample to panic/);
    assert.match(text, /Open log folder/);

    // The window goes on: the next command is answered (the language is saved).
    await (await browser.$('[data-testid="language-switch"]')).click();
    await browser.waitUntil(
      () => {
        try {
          return JSON.parse(readFileSync(path.join(box.root, 'config', 'app.touchmap.desktop', 'preferences.json'), 'utf8')).language === 'zh-CN';
        } catch {
          return false;
        }
      },
      { timeout: 10000, timeoutMsg: 'the language was not saved after the crash' },
    );

    const written = log();
    assert.match(written, /ERROR panic on thread .+: TOUCHMAP_E2E_PANIC asked open_sample to panic at src-tauri\/src\/guard\.rs:\d+/);
    assert.match(written, /ERROR open_sample failed: crashed: open_sample stopped on an internal error/);
  } finally {
    await browser.deleteSession();
  }
});
