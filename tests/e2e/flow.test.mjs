// The activation flow as it opens, in the real window at 1280×800: the start and the lane
// names in sight, text at a readable size, and the page itself not scrolling.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, sandbox, shoot, startDriver, stopDriver } from './harness.mjs';

const box = sandbox();
let driver;

before(async () => { driver = await startDriver(box); });
after(async () => { if (driver) await stopDriver(driver); });

/** Whether an element's box lies within the canvas's box (the part of the graph in sight). */
function inCanvas(browser, selector) {
  return browser.execute((sel) => {
    const canvas = document.querySelector('[data-testid="flow-canvas"]').getBoundingClientRect();
    const box = document.querySelector(sel)?.getBoundingClientRect();
    if (!box) return false;
    return box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom;
  }, selector);
}

test('the flow opens on its start with the lane names in sight, readable, without page scroll', async () => {
  const browser = await launch();
  try {
    await (await browser.$('[data-testid="view-tab-flow"]')).click();
    const start = await browser.$('[data-testid="flow-node-start"]');
    await start.waitForExist({ timeout: 30000 });
    await (await browser.$('[data-testid="flow-lane-header"]')).waitForExist({ timeout: 10000 });
    // The first layout and the opening viewport settle.
    await browser.pause(500);
    await shoot(browser, 'flow-opened');

    assert.ok(await inCanvas(browser, '[data-testid="flow-node-start"]'), 'the start node is in sight');
    const lanes = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="flow-lane-header"]')].map((h) => {
        const name = h.firstElementChild.getBoundingClientRect();
        const canvas = document.querySelector('[data-testid="flow-canvas"]').getBoundingClientRect();
        return { text: h.textContent, visible: name.top >= canvas.top && name.bottom <= canvas.bottom };
      }),
    );
    assert.ok(lanes.filter((l) => l.visible && l.text.trim()).length >= 2, `lane names in sight: ${JSON.stringify(lanes)}`);

    // Text of a step card as drawn on screen: its font size times the canvas zoom.
    const smallest = await browser.execute(() => {
      const zoom = document.querySelector('[data-testid="flow-node-sale"]').getBoundingClientRect().width / 190;
      const sizes = [...document.querySelectorAll('.flow-node-name, .flow-node-meta, .flow-marker-name')].map(
        (el) => parseFloat(getComputedStyle(el).fontSize) * zoom,
      );
      return Math.min(...sizes);
    });
    assert.ok(smallest >= 11, `the smallest text of the graph is ${smallest.toFixed(1)} px on screen`);

    const scroll = await browser.execute(() => {
      const view = document.querySelector('[data-testid="flow-view"]');
      return { page: document.scrollingElement.scrollHeight - window.innerHeight, view: view.scrollHeight - view.clientHeight };
    });
    assert.ok(scroll.page <= 0 && scroll.view <= 1, `neither the page nor the flow view scrolls: ${JSON.stringify(scroll)}`);
  } finally {
    await browser.deleteSession();
  }
});
