// The installed package as a user meets it: the binary on the PATH, a desktop entry the menu
// shows with the app's name, description and icon, icons of the sizes their folders promise,
// and on the first start a window on a copy of the sample in the user's data folder.
// Run by tests/package/test.sh, which installs the package first and removes it afterwards;
// TOUCHMAP_PACKAGE names the installed package, TOUCHMAP_E2E_APP its binary.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { application, launch, repo, sandbox, shoot, startDriver, stopDriver } from '../e2e/harness.mjs';

const packageName = process.env.TOUCHMAP_PACKAGE;
assert.ok(packageName, 'TOUCHMAP_PACKAGE names the installed package');
const srcTauri = path.join(repo, 'src-tauri');
const config = JSON.parse(readFileSync(path.join(srcTauri, 'tauri.conf.json'), 'utf8'));

/** Every file (not folder) the package installed, as dpkg lists them. */
const files = execFileSync('dpkg', ['-L', packageName], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && statSync(file, { throwIfNoEntry: false })?.isFile());

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file) {
  const bytes = readFileSync(file);
  assert.equal(bytes.toString('latin1', 1, 4), 'PNG', `${file} is a PNG`);
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** The keys of a desktop entry's [Desktop Entry] group. */
function desktopEntry(file) {
  const entry = {};
  let group = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const header = /^\[(.+)\]$/.exec(line.trim());
    if (header) group = header[1];
    else if (group === 'Desktop Entry' && line.includes('=')) {
      const at = line.indexOf('=');
      entry[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return entry;
}

test('the binary is installed on the PATH', () => {
  assert.ok(files.includes(application), `${application} is one of the package's files`);
  assert.equal(path.dirname(application), '/usr/bin');
  assert.ok(statSync(application).mode & 0o111, 'the binary is executable');
});

test('the desktop entry starts the installed app under its name, with its description and icon', () => {
  const entries = files.filter((file) => file.startsWith('/usr/share/applications/') && file.endsWith('.desktop'));
  assert.equal(entries.length, 1, `one desktop entry (saw ${entries.join(', ') || 'none'})`);
  const entry = desktopEntry(entries[0]);
  assert.equal(entry.Type, 'Application');
  assert.equal(entry.Name, config.productName);
  assert.equal(entry.Comment, config.bundle.shortDescription);
  assert.equal(entry.Terminal, 'false');
  // The menu resolves Exec on the PATH: it must be the installed binary.
  const exec = entry.Exec.split(' ')[0].replace(/^"|"$/g, '');
  assert.equal(path.isAbsolute(exec) ? exec : path.join('/usr/bin', exec), application);
  // A dock groups the window under the entry by its WM class, which GTK takes from the binary.
  assert.equal(entry.StartupWMClass, path.basename(application));
  // The bundler turns Tauri's category into a freedesktop main category the menus sort by.
  const category = { Business: 'Office' }[config.bundle.category];
  assert.ok(category, `the freedesktop category of ${config.bundle.category} is known to this test`);
  assert.ok(entry.Categories.split(';').includes(category), `Categories=${entry.Categories}`);
  const icons = files.filter((file) => file.startsWith('/usr/share/icons/hicolor/'));
  assert.ok(
    icons.some((file) => path.basename(file) === `${entry.Icon}.png`),
    `the icon ${entry.Icon} is installed in the hicolor theme (saw ${icons.join(', ')})`,
  );
});

test('every configured icon is installed in the hicolor folder of its own size', () => {
  const expected = config.bundle.icon.map((icon) => pngSize(path.resolve(srcTauri, icon))).sort();
  const icons = files.filter((file) => file.startsWith('/usr/share/icons/hicolor/'));
  const sizes = [];
  for (const icon of icons) {
    // …/hicolor/<size>/apps/<name>.png: the folder's size is the one the theme trusts.
    const match = /^\/usr\/share\/icons\/hicolor\/([^/]+)\/apps\/[^/]+\.png$/.exec(icon);
    assert.ok(match, `${icon} is an app icon of the hicolor theme`);
    assert.equal(pngSize(icon), match[1], `${icon} has the size of its folder`);
    sizes.push(match[1]);
  }
  assert.deepEqual(sizes.sort(), expected);
});

test('the installed app opens on a copy of the sample in the data folder on first start', async () => {
  const box = sandbox();
  // A first start: no workspace named, no last file, so the app makes the sample copy.
  delete box.env.TOUCHMAP_WORKSPACE;
  const sample = path.join(box.env.XDG_DATA_HOME, config.identifier, 'Sample operator.touchmap');
  const driver = await startDriver(box);
  try {
    const browser = await launch();
    try {
      const name = await browser.$('[data-testid="workspace-name"]');
      assert.equal(await name.getAttribute('title'), sample, 'the window shows the sample copy');
      assert.ok(existsSync(sample), 'the sample copy is a real file in the data folder');
      const cards = await browser.$$('[data-testid="step-card"]');
      assert.ok(cards.length >= 10, `the sample journey shows its steps (saw ${cards.length})`);
      assert.ok(runningBinaries().includes(application), 'the window is the installed binary’s');
      await shoot(browser, 'installed-app');
    } finally {
      await browser.deleteSession();
    }
  } finally {
    await stopDriver(driver);
  }
});

/** The executables of the processes running now. */
function runningBinaries() {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/exe`);
      } catch {
        return null; // ended while we looked, or not ours to read
      }
    })
    .filter(Boolean);
}
