// The views whose code loads when they are first shown: the flow editor (React Flow, the ELK
// layout client), the simulation and the presentation (their charts draw with echarts, itself
// loaded by the first chart). The journey map, shown first, does not wait for any of them.
import { lazy, type ComponentType } from 'react';

/** React.lazy of a module's named export (lazy wants a default one). */
function lazyNamed<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

export const FlowView = lazyNamed(
  () => import('./flow/FlowView'),
  (m) => m.FlowView,
);
export const SimulationView = lazyNamed(
  () => import('./simulation/SimulationView'),
  (m) => m.SimulationView,
);
export const Presentation = lazyNamed(
  () => import('./presentation/Presentation'),
  (m) => m.Presentation,
);
