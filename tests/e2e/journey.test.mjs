// The foundation's promise, in the real window: a step added to a journey is in the
// file after a restart, undo removes it, and the language can be switched.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, sandbox, shoot, startDriver, stopDriver } from './harness.mjs';

const box = sandbox();
let driver;

before(async () => { driver = await startDriver(box); });
after(async () => { if (driver) await stopDriver(driver); });

const title = `Ask for one technician visit ${process.pid}`;

async function stepCard(browser) {
  return browser.$(`//*[@data-testid="step-card"][contains(., "${title}")]`);
}

test('a step added to the sample journey survives a restart, and undo removes it', async () => {
  let browser = await launch();
  try {
    await shoot(browser, 'sample-opened');
    const cards = await browser.$$('[data-testid="step-card"]');
    assert.ok(cards.length >= 10, `the sample journey shows its steps (saw ${cards.length})`);
    // A step linked to an activation-flow task shows the task (and its silo) on its card.
    const chip = await browser.$('[data-testid="step-task-link"][data-state="linked"]');
    await chip.waitForExist({ timeout: 10000 });
    await chip.scrollIntoView({ block: 'center', inline: 'center' });
    assert.match(await chip.getText(), /⚙ .+ · .+/, 'the chip names the task and its silo');
    await shoot(browser, 'journey-step-link');

    const add = await browser.$('[data-testid^="add-step-"]');
    await add.click();
    const input = await browser.$('[data-testid="step-title-input"]');
    await input.waitForDisplayed();
    await input.setValue(title);
    await (await browser.$('[data-testid="save-step"]')).click();
    await (await stepCard(browser)).waitForExist({ timeout: 10000 });
    await shoot(browser, 'step-added');
  } finally {
    await browser.deleteSession();
  }

  browser = await launch();
  try {
    const card = await stepCard(browser);
    await card.waitForExist({ timeout: 10000 });
    await (await browser.$('[data-testid="undo"]')).click();
    await card.waitForExist({ reverse: true, timeout: 10000 });
  } finally {
    await browser.deleteSession();
  }
});

test('the language switches to Simplified Chinese and back', async () => {
  const browser = await launch();
  try {
    const lang = () => browser.execute(() => document.documentElement.lang);
    // An apostrophe's width in the page's text (ten of them, in pixels): where the system's
    // sans-serif is a CJK font, as on this machine, it is full-width unless English text asks
    // for proportional punctuation ("segment’s" read "segment’ s").
    const apostrophes = () =>
      browser.execute(() => {
        const span = document.createElement('span');
        span.textContent = '’'.repeat(10);
        document.body.appendChild(span);
        const { width } = span.getBoundingClientRect();
        span.remove();
        return width;
      });
    const english = await lang();
    const fontSize = await browser.execute(() => parseFloat(getComputedStyle(document.body).fontSize));
    assert.ok((await apostrophes()) < 5 * fontSize, 'an English apostrophe is narrower than half an em');
    await (await browser.$('[data-testid="language-switch"]')).click();
    await browser.waitUntil(async () => (await lang()) !== english, { timeout: 10000 });
    assert.equal(await lang(), 'zh-CN');
    const text = await (await browser.$('body')).getText();
    assert.match(text, /[\u4e00-\u9fff]/, 'Chinese text is shown');
    await shoot(browser, 'chinese');
    await (await browser.$('[data-testid="language-switch"]')).click();
    await browser.waitUntil(async () => (await lang()) === 'en', { timeout: 10000 });
  } finally {
    await browser.deleteSession();
  }
});
