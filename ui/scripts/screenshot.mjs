// Screenshots of the UI on the dev server's mock backend (no Tauri), at 1280×800 in light
// and dark, English and Chinese, to look at what we built. Not part of `npm test`.
// Usage: node scripts/screenshot.mjs [outDir]   (needs /usr/bin/chromium and fonts-noto-cjk)
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(here, '..', 'screenshots'));
mkdirSync(out, { recursive: true });

const server = await createServer({
  root: path.join(here, '..'),
  configFile: path.join(here, '..', 'vite.config.ts'),
  server: { port: 5199, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
await server.listen();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});

const errors = [];
async function session(scheme, language) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  page.on('pageerror', (e) => errors.push(`${scheme}/${language}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${scheme}/${language}: ${m.text()}`));
  await page.goto('http://127.0.0.1:5199/');
  await page.waitForSelector('[data-testid="app-ready"]');
  if (language === 'zh-CN') {
    await page.click('[data-testid="language-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  }
  return page;
}

const shot = (page, name) => page.screenshot({ path: path.join(out, `${name}.png`) });

try {
  for (const scheme of ['light', 'dark']) {
    for (const language of ['en', 'zh-CN']) {
      const tag = `${scheme}-${language}`;
      const page = await session(scheme, language);
      // The family-home segment tells the triple-play story best.
      await page.click('[data-testid="segment-item"][data-segment-id="seg-family"]');
      await shot(page, `journey-${tag}`);
      await page.click('[data-testid="step-card"][data-step-id="step-family-5"]');
      await page.waitForSelector('[data-testid="step-editor"]');
      await shot(page, `step-editor-${tag}`);
      await page.keyboard.press('Escape');
      await page.click('[data-testid="view-tab-touchpoints"]');
      await page.click(
        '[data-testid="touchpoint-cell"][data-stage-id="stage-activate"][data-channel-id="ch-technician"]',
      );
      await shot(page, `touchpoints-${tag}`);
      await page.click('[data-testid="view-tab-segments"]');
      await shot(page, `segments-${tag}`);
      await page.click('[data-testid="view-tab-structure"]');
      await shot(page, `structure-${tag}`);
      if (scheme === 'light') {
        await page.click('[data-testid="view-tab-journey"]');
        await page.click('[data-testid="file-menu"]');
        await page.click('text=' + (language === 'en' ? 'Open recent' : '最近打开'));
        await shot(page, `file-menu-${tag}`);
        await page.keyboard.press('Escape');
        await page.click('[data-testid="help"]');
        await shot(page, `help-${tag}`);
        await page.keyboard.press('Escape');
        // The mock refuses a recent file that is gone: the error banner.
        await page.click('[data-testid="file-menu"]');
        await page.click('text=' + (language === 'en' ? 'Open recent' : '最近打开'));
        await page.click('text=Client A.touchmap');
        await page.waitForSelector('[data-testid="error-banner"]');
        await shot(page, `error-${tag}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exitCode = 1;
}
console.log(`screenshots in ${out}`);
