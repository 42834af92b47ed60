// Starts the real Touchmap app through tauri-driver (which drives WebKitWebDriver)
// and hands out WebdriverIO sessions. Every wait is on a condition, never a sleep.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
// TOUCHMAP_E2E_APP runs the tests against another build (e.g. the release binary, to measure it).
export const application = process.env.TOUCHMAP_E2E_APP ?? path.join(repo, 'target/debug/touchmap-app');
export const screenshots = path.join(here, 'screenshots');
mkdirSync(screenshots, { recursive: true });

/**
 * The port of this run's tauri-driver, chosen free when it starts: a fixed port (4444, and
 * WebKitWebDriver's 4445 behind it) made two suites on one machine talk to each other's app.
 */
let driverPort;

/** A port nothing listens on now, as the system hands one out. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

async function until(what, check, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A sandbox: its own workspace file and config folders, so tests never touch the user's. */
export function sandbox() {
  const root = mkdtempSync(path.join(tmpdir(), 'touchmap-e2e-'));
  const exports = path.join(root, 'exports');
  mkdirSync(exports);
  return {
    root,
    exports,
    workspace: path.join(root, 'Client.touchmap'),
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(root, 'config'),
      XDG_DATA_HOME: path.join(root, 'data'),
      TOUCHMAP_WORKSPACE: path.join(root, 'Client.touchmap'),
      // The debug build saves exports here instead of asking in a GTK dialog WebDriver cannot drive.
      TOUCHMAP_E2E_SAVE_DIR: exports,
    },
  };
}

/** Starts tauri-driver with the sandbox's environment, which the app inherits. */
export async function startDriver(box) {
  driverPort = await freePort();
  const nativePort = await freePort();
  const driver = spawn('tauri-driver', ['--port', String(driverPort), '--native-port', String(nativePort)], {
    env: box.env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await until('tauri-driver to listen', () => portOpen(driverPort));
  driver.sandbox = box;
  return driver;
}

/**
 * Kills what this sandbox's driver started and left running (found by the sandbox's data
 * folder in its environment): an app whose window a session did not close holds the test's
 * output open, and the test runner then waits for it for ever after every test passed.
 */
function killLeftovers(box) {
  const marker = `XDG_DATA_HOME=${box.env.XDG_DATA_HOME}\0`;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (Number(pid) === process.pid) continue;
    let environment;
    try {
      environment = readFileSync(`/proc/${pid}/environ`, 'utf8');
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    if (environment.includes(marker)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // it ended meanwhile
      }
    }
  }
}

export async function stopDriver(driver) {
  if (driver.exitCode === null) {
    const exited = new Promise((resolve) => driver.once('exit', resolve));
    driver.kill();
    await exited;
  }
  if (driver.sandbox) killLeftovers(driver.sandbox);
}

/** Opens the app window and waits until the workspace is shown, looking every `interval` ms. */
export async function launch({ interval = 100 } = {}) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port: driverPort,
    logLevel: 'error',
    capabilities: { 'tauri:options': { application } },
  });
  try {
    await browser.$('[data-testid="app-ready"]').waitForExist({ timeout: 30000, interval });
    // The window is created hidden and shown as its page starts loading
    // (src-tauri/src/rendering.rs): a page that loaded in a window never shown works for
    // WebDriver all the same, so the page is asked whether it is on screen.
    await browser.waitUntil(() => browser.execute(() => document.visibilityState === 'visible'), {
      timeout: 5000,
      interval,
      timeoutMsg: 'the window was never shown',
    });
  } catch (error) {
    // Keep what the window showed, then free the driver's only session for the next test.
    await shoot(browser, 'not-ready').catch(() => {});
    const source = await browser.getPageSource().catch(() => '(no page source)');
    await browser.deleteSession();
    throw new Error(`the app never showed a workspace: ${error.message}\npage: ${source.slice(0, 2000)}`);
  }
  return browser;
}

export async function shoot(browser, name) {
  await browser.saveScreenshot(path.join(screenshots, `${name}.png`));
}

/**
 * Sets a range or number input's value as a user's drag does: React tracks the value through
 * the native setter, so a plain `value =` would go unnoticed; then `input` and `change`.
 */
export function setInputValue(browser, element, value) {
  return browser.execute(
    (el, v) => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      set.call(el, String(v));
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    element,
    value,
  );
}
