// Adding and removing the services of a bundle design. The engine composes the flow from the
// design (order → split → each included service → join → billing), so a new service is only
// a name and a minimal provisioning fragment: start → one task → end.
import type { EditResult } from './flowEdits';
import { fragments } from './flowFragments';
import { newTask } from './flowNodes';
import type { BundleDesign, Flow, ServiceFlow } from './flowTypes';

export type ServiceResult = { ok: true; design: BundleDesign; id: string } | { ok: false; reason: string };

/** What the caller decides for the new task: its (translated) name and its channel. */
export interface ServiceDefaults {
  taskName: string;
  channel: string;
}

/** The channel of a new provisioning task: a channel name (data, like the sample's), not UI text. */
export const SERVICE_CHANNEL = 'Back office';

// Nodes the engine adds when composing (crates/engine/src/model/bundle.rs); a fragment
// node with one of these ids would clash with them.
const COMPOSED_IDS = ['start', 'end', 'services-split', 'services-join'];

/** Lower-case ASCII words joined by dashes; empty when the name has none (e.g. Chinese). */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every id a new service must avoid: nodes, services, and what the composition derives from them. */
function usedIds(design: BundleDesign): Set<string> {
  const ids = new Set(COMPOSED_IDS);
  for (const f of fragments(design)) for (const n of f.flow.nodes) ids.add(n.id);
  for (const s of design.services) {
    ids.add(s.id);
    // The composition adds `<service>-ready` when a service's branches meet before the join.
    ids.add(`${s.id}-ready`);
  }
  return ids;
}

/** The ids a service brings: its own, its fragment's nodes, and a possible merge. */
const idsOf = (id: string) => [id, `${id}-start`, `${id}-provision`, `${id}-end`, `${id}-ready`];

function freeServiceId(name: string, used: ReadonlySet<string>): string {
  const slug = slugOf(name);
  const base = slug ? `svc-${slug}` : 'svc';
  let id = base;
  for (let n = 2; idsOf(id).some((x) => used.has(x)); n += 1) id = `${base}-${n}`;
  return id;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Appends an included service named `name`, provisioned by one task in a silo of its name. */
export function addService(design: BundleDesign, name: string, defaults: ServiceDefaults): ServiceResult {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, reason: 'flow.refuse.serviceNameEmpty' };
  if (design.services.some((s) => sameName(s.name, trimmed)))
    return { ok: false, reason: 'flow.refuse.serviceNameTaken' };
  const id = freeServiceId(trimmed, usedIds(design));
  const [start, task, end] = [`${id}-start`, `${id}-provision`, `${id}-end`];
  const provisioning: Flow = {
    id,
    name: trimmed,
    nodes: [
      { kind: 'start', id: start, name: 'Start' },
      newTask(task, defaults.taskName, trimmed, defaults.channel),
      { kind: 'end', id: end, name: 'End' },
    ],
    edges: [
      { from: start, to: task },
      { from: task, to: end },
    ],
  };
  const service: ServiceFlow = { id, name: trimmed, included: true, provisioning };
  return { ok: true, design: { ...design, services: [...design.services, service] }, id };
}

/** Drops one service; a bundle keeps at least one. */
export function removeService(design: BundleDesign, id: string): EditResult {
  if (!design.services.some((s) => s.id === id)) return { ok: false, reason: 'flow.refuse.unknownService' };
  if (design.services.length <= 1) return { ok: false, reason: 'flow.refuse.lastService' };
  return { ok: true, design: { ...design, services: design.services.filter((s) => s.id !== id) } };
}
