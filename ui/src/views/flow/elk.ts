// ELK, the layout engine (1.6 MB of compiled Java), runs in a Web Worker so a layout never
// blocks typing. The worker is elkjs's own script, emitted by Vite as a same-origin file, which
// the CSP's `script-src 'self'` allows (no blob:, no eval).
import ElkApi, { type ElkNode } from 'elkjs/lib/elk-api.js';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';

type Layout = (graph: ElkNode) => Promise<ElkNode>;

/** Only the algorithm the flow uses, which shortens ELK's start. */
const algorithms = ['layered'];

function inWorker(): Layout {
  const worker = new Worker(workerUrl, { name: 'elk-layout' });
  const elk = new ElkApi({ algorithms, workerFactory: () => worker });
  // elk-api never hears of a worker that failed to start (say, refused by a CSP): its layouts
  // would wait forever. They fail instead, so the caller draws its fallback.
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', () => reject(new Error('the ELK worker failed')), { once: true }),
  );
  return (graph) => Promise.race([elk.layout(graph), failed]);
}

/**
 * ELK in this thread, where there is no Worker: jsdom, so the unit tests lay flows out as
 * before. Every webview has workers, so production builds drop this (`import.meta.env.DEV` is
 * a build-time constant) and with it a second copy of ELK; a layout there would fail and the
 * caller draw its fallback.
 */
async function inThread(): Promise<Layout> {
  if (!import.meta.env.DEV) throw new Error('no Web Worker to run ELK in');
  const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
  const elk = new Elk({ algorithms });
  return (graph) => elk.layout(graph);
}

let engine: Promise<Layout> | null = null;

/** ELK's layout of a graph, computed off the main thread (in-thread where there is no Worker). */
export async function elkLayout(graph: ElkNode): Promise<ElkNode> {
  engine ??= typeof Worker === 'undefined' ? inThread() : Promise.resolve(inWorker());
  const layout = await engine;
  return layout(graph);
}
