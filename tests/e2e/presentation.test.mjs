// Presenting in the real window: every stage slide of the sample fits the window as it is
// (1280×800 under the test's Xvfb screen) without scrolling, so a consultant never scrolls
// in front of a client. The fullest stage slide is kept as a screenshot.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, sandbox, shoot, startDriver, stopDriver } from './harness.mjs';

const box = sandbox();
let driver;

before(async () => { driver = await startDriver(box); });
after(async () => { if (driver) await stopDriver(driver); });

/** Where the shown slide's content lies against the slide and the window. */
function measureSlide(browser) {
  return browser.execute(() => {
    const slide = document.querySelector('[data-testid="presentation-slide"]');
    const box = slide.getBoundingClientRect();
    // Every drawn piece of the slide (after any scaling), so a clipped card counts too.
    let outside = 0;
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const tolerance = 1;
      if (r.left < box.left - tolerance || r.top < box.top - tolerance
        || r.right > box.right + tolerance || r.bottom > box.bottom + tolerance) outside += 1;
    }
    return {
      index: slide.dataset.index,
      kind: slide.dataset.kind,
      steps: slide.querySelectorAll('.slide-step').length,
      scrollHeight: slide.scrollHeight,
      clientHeight: slide.clientHeight,
      scrollWidth: slide.scrollWidth,
      clientWidth: slide.clientWidth,
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      window: { width: window.innerWidth, height: window.innerHeight },
      outside,
    };
  });
}

/** Steps through the whole deck from its title and measures every stage slide. */
async function measureDeck(browser, name) {
  await (await browser.$('[data-testid="present-button"]')).click();
  const counter = await browser.$('[data-testid="presentation-counter"]');
  await counter.waitForExist({ timeout: 10000 });
  const count = Number(/\/ (\d+)/.exec(await counter.getText())[1]);
  const stages = [];
  for (let i = 0; i < count; i += 1) {
    const want = String(i);
    await browser.waitUntil(
      async () => (await (await browser.$('[data-testid="presentation-slide"]')).getAttribute('data-index')) === want,
      { timeout: 10000, timeoutMsg: `slide ${i} was not shown` },
    );
    // Let the slide settle (fonts, scaling) before measuring: two animation frames.
    await browser.execute(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const m = await measureSlide(browser);
    if (m.kind === 'stage') {
      stages.push(m);
      if (m.steps === Math.max(...stages.map((s) => s.steps))) await shoot(browser, name);
    }
    await browser.keys(['ArrowRight']);
  }
  await browser.keys(['Escape']);
  await (await browser.$('[data-testid="presentation"]')).waitForExist({ reverse: true, timeout: 10000 });
  return stages;
}

function assertFits(stages) {
  assert.ok(stages.length >= 3, `the sample journey has stage slides (saw ${stages.length})`);
  for (const m of stages) {
    const where = `stage slide ${m.index} (${m.steps} steps) in ${m.window.width}×${m.window.height}`;
    assert.ok(m.scrollHeight <= m.clientHeight, `${where}: content ${m.scrollHeight} px high in ${m.clientHeight}`);
    assert.ok(m.scrollWidth <= m.clientWidth, `${where}: content ${m.scrollWidth} px wide in ${m.clientWidth}`);
    assert.ok(m.box.left >= 0 && m.box.top >= 0, `${where}: the slide starts inside the window`);
    assert.ok(m.box.right <= m.window.width && m.box.bottom <= m.window.height, `${where}: the slide ends inside the window`);
    assert.equal(m.outside, 0, `${where}: ${m.outside} pieces lie outside the slide`);
  }
}

test('every stage slide fits the window without scrolling, at 1280×800 and at 1920×1080', async () => {
  const browser = await launch();
  try {
    // A run first, so the stage slides carry their friction heat as in a client meeting.
    await (await browser.$('[data-testid="view-tab-simulation"]')).click();
    await (await browser.$('[data-testid="run-simulation"]')).click();
    await (await browser.$('[data-testid="friction-item"]')).waitForExist({ timeout: 60000 });

    const small = await measureDeck(browser, 'presentation-stage');
    assert.deepEqual(small[0].window, { width: 1280, height: 800 }, 'the window opens at 1280×800');
    assertFits(small);

    // The window as on a full-HD projector (the Xvfb screen has no window manager to refuse).
    await browser.setWindowSize(1920, 1080);
    await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) === 1920, {
      timeout: 10000,
      timeoutMsg: 'the window did not grow to 1920×1080',
    });
    const large = await measureDeck(browser, 'presentation-stage-1920');
    assert.deepEqual(large[0].window, { width: 1920, height: 1080 });
    assertFits(large);
  } finally {
    await browser.deleteSession();
  }
});
