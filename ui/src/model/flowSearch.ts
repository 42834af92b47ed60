// Finding a step of the flow by name, as typed in the Flow tab's search box.
import type { FlowNode } from './flowTypes';

/**
 * The nodes whose name contains `query`, ignoring case and surrounding spaces (Chinese
 * names too): names that start with it first, then in flow order.
 */
export function findSteps(nodes: readonly FlowNode[], query: string, limit = 8): FlowNode[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [];
  const hits = nodes
    .map((node, order) => ({ node, order, at: node.name.toLocaleLowerCase().indexOf(q) }))
    .filter((h) => h.at >= 0);
  hits.sort((a, b) => Number(a.at !== 0) - Number(b.at !== 0) || a.order - b.order);
  return hits.slice(0, limit).map((h) => h.node);
}
