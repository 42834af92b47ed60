// The activation flow as it opens, in the real window at 1280×800: the start and the lane
// names in sight, text at a readable size, the canvas taking the window's height without
// the page scrolling, and its controls covering nothing.
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

    // The bug: at 1280×800 the canvas was about 340 px tall, the panels above and below it
    // taking the rest. It takes the height left below the header, tabs and toolbar, down to
    // the window's edge, with the panels beside it.
    const room = await browser.execute(() => {
      const canvas = document.querySelector('[data-testid="flow-canvas"]').getBoundingClientRect();
      const side = document.querySelector('[data-testid="flow-side"]').getBoundingClientRect();
      return {
        window: { width: window.innerWidth, height: window.innerHeight },
        canvas: { top: canvas.top, bottom: canvas.bottom, right: canvas.right, height: canvas.height },
        side: { left: side.left, top: side.top },
      };
    });
    console.log(`flow canvas at ${room.window.width}×${room.window.height}: ${Math.round(room.canvas.height)} px tall (${Math.round((100 * room.canvas.height) / room.window.height)}% of the window), ${Math.round(room.window.height - room.canvas.bottom)} px below it`);
    assert.ok(room.canvas.height >= 0.7 * room.window.height, `the canvas takes at least 70% of the window's height: ${JSON.stringify(room)}`);
    assert.ok(room.window.height - room.canvas.bottom <= 16, `no band left under the canvas: ${JSON.stringify(room)}`);
    assert.ok(room.side.left >= room.canvas.right, `the inspector and panels are beside the canvas, not above or below: ${JSON.stringify(room)}`);

    // The bug: Auto-layout sat over a step card. No canvas control covers a step, a lane
    // name, the minimap or a card (inspector, friction) as the flow opens.
    const overlaps = await browser.execute(() => {
      // What is drawn of an element: a step panned out of the canvas is not there to cover.
      const rect = (el) => {
        const r = el.getBoundingClientRect();
        const pane = el.closest('.react-flow')?.getBoundingClientRect();
        if (!pane) return r;
        return {
          left: Math.max(r.left, pane.left),
          right: Math.min(r.right, pane.right),
          top: Math.max(r.top, pane.top),
          bottom: Math.min(r.bottom, pane.bottom),
        };
      };
      const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const covered = [
        ...document.querySelectorAll('.react-flow__node-step, .flow-lane-header-name, .react-flow__minimap, [data-testid="flow-view"] .card'),
      ];
      const controls = ['flow-auto-layout', 'flow-zoom-in', 'flow-zoom-out', 'flow-fit-view'].map((id) =>
        document.querySelector(`[data-testid="${id}"]`),
      );
      const missing = controls.filter((c) => !c).length;
      const hits = controls
        .filter(Boolean)
        .flatMap((c) =>
          covered
            .filter((el) => meets(rect(c), rect(el)))
            .map((el) => `${c.dataset.testid} over ${el.dataset.testid ?? el.className}`),
        );
      return { missing, checked: covered.length, hits };
    });
    assert.equal(overlaps.missing, 0, 'every canvas control is on screen');
    assert.ok(overlaps.checked > 5, `steps and cards were there to check: ${overlaps.checked}`);
    assert.deepEqual(overlaps.hits, [], 'no canvas control covers a step, a lane name or a card');

    // A selected task fills the inspector with its fields: the column beside the canvas
    // scrolls on its own, the canvas keeps its place and size, the page still does not scroll.
    await browser.execute(() => document.querySelector('[data-testid="flow-node-sale"]').click());
    await (await browser.$('[data-testid="flow-side"] .flow-inspector-body')).waitForExist({ timeout: 10000 });
    await shoot(browser, 'flow-task-selected');
    const selected = await browser.execute(() => {
      const canvas = document.querySelector('[data-testid="flow-canvas"]').getBoundingClientRect();
      return {
        top: canvas.top,
        height: canvas.height,
        page: document.scrollingElement.scrollHeight - window.innerHeight,
      };
    });
    assert.equal(selected.top, room.canvas.top, 'the canvas stays where it was');
    assert.equal(selected.height, room.canvas.height, 'and as tall');
    assert.ok(selected.page <= 0, `the page does not scroll: ${JSON.stringify(selected)}`);

    // The task becomes a nightly batch job: ticking a release day is an edit the workspace
    // keeps (the inspector shows it back from the saved flow, with the hour field at 02:00),
    // and the hour typed next is kept too.
    const monday = await browser.$('[data-testid="inspector-release-monday"]');
    await monday.scrollIntoView();
    await monday.click();
    const hour = await browser.$('[data-testid="inspector-release-hour"]');
    await hour.waitForExist({ timeout: 10000 });
    assert.equal(await hour.getValue(), '2');
    await hour.clearValue();
    await hour.setValue('22.5');
    await browser.keys(['Enter']);
    await browser.waitUntil(async () => (await hour.getValue()) === '22.5', { timeout: 10000, timeoutMsg: 'the hour was not kept' });
    assert.equal(await monday.isSelected(), true, 'Monday stays ticked');
    // Its card on the map says so, rule and all.
    const marker = await browser.$('[data-testid="flow-node-batch-sale"]');
    await browser.waitUntil(async () => (await marker.getAttribute('title')) === 'Runs once per batch, released on Mon at 22:30', {
      timeout: 10000,
      timeoutMsg: 'the card does not show the batch rule',
    });
    await browser.execute(() => document.querySelector('[data-testid="inspector-release-monday"]').scrollIntoView({ block: 'center' }));
    await shoot(browser, 'flow-batch-release');
  } finally {
    await browser.deleteSession();
  }
});
