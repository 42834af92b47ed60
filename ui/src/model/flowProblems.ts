// The engine's validation problems, grouped by the node they concern.
import type { FlowProblem } from './flowTypes';

export function problemsByNode(problems: readonly FlowProblem[]): Map<string, FlowProblem[]> {
  const byNode = new Map<string, FlowProblem[]>();
  for (const problem of problems) {
    if (!problem.nodeId) continue;
    const list = byNode.get(problem.nodeId) ?? [];
    list.push(problem);
    byNode.set(problem.nodeId, list);
  }
  return byNode;
}

/** The messages of a node's problems as one tooltip text. */
export function problemText(problems: readonly FlowProblem[] | undefined): string | undefined {
  return problems?.length ? problems.map((p) => p.message).join('\n') : undefined;
}
