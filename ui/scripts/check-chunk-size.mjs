// Fails the build when the JavaScript the app loads at start grows past its budget: the entry
// script(s) of dist/index.html and the chunks it modulepreloads. The views loaded on demand
// (flow editor, simulation, charts, ELK's worker) are not counted: keeping them out of the
// first chunk is what this guards.
// Usage: node scripts/check-chunk-size.mjs [distDir]   (after `vite build`)
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** 1 KB = 1000 bytes, as Vite counts its kB, so the figures match its build output. */
const KB = 1000;
const BUDGET_KB = 500;

const dist = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');

const attribute = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
const tags = (name) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];

const scripts = tags('script')
  .filter((tag) => attribute(tag, 'type') === 'module')
  .map((tag) => attribute(tag, 'src'))
  .filter(Boolean);
const preloads = tags('link')
  .filter((tag) => attribute(tag, 'rel') === 'modulepreload')
  .map((tag) => attribute(tag, 'href'))
  .filter(Boolean);
const files = [...new Set([...scripts, ...preloads])];

if (scripts.length === 0) {
  console.error(`check-chunk-size: no entry script in ${path.join(dist, 'index.html')}`);
  process.exit(1);
}

let bytes = 0;
for (const file of files) {
  const size = statSync(path.join(dist, file.replace(/[?#].*$/, ''))).size;
  console.log(`  ${file}: ${(size / KB).toFixed(1)} KB`);
  bytes += size;
}
const total = bytes / KB;
console.log(`first chunk: ${total.toFixed(1)} KB of ${BUDGET_KB} KB allowed`);
if (total > BUDGET_KB) {
  console.error(
    `The JavaScript loaded at start is ${(total - BUDGET_KB).toFixed(1)} KB over budget: load the new code ` +
      `when its view is shown (React.lazy or import()), not at start.`,
  );
  process.exit(1);
}
