// Measures the app's cold start (process launch to the sample workspace on screen) and
// its memory once the sample is open. Run under Xvfb: `xvfb-run node measure.mjs`.
import { execFileSync } from 'node:child_process';
import { launch, sandbox, startDriver, stopDriver } from './harness.mjs';

function rssMiB(name) {
  try {
    const out = execFileSync('ps', ['-C', name, '-o', 'rss='], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).reduce((sum, kb) => sum + Number(kb), 0) / 1024;
  } catch {
    return 0;
  }
}

const box = sandbox();
const driver = await startDriver(box);
try {
  for (const run of ['first start (creates the sample file)', 'second start']) {
    const started = performance.now();
    const browser = await launch();
    const ms = performance.now() - started;
    const app = rssMiB('touchmap-app');
    const web = rssMiB('WebKitWebProcess') + rssMiB('WebKitNetworkProcess');
    console.log(`${run}: window shows the workspace after ${ms.toFixed(0)} ms; RSS app ${app.toFixed(0)} MiB + WebKit ${web.toFixed(0)} MiB`);
    await browser.deleteSession();
  }
} finally {
  await stopDriver(driver);
}
