import { describe, expect, it } from 'vitest';
import { problemsByNode, problemText } from './flowProblems';

describe('problems by node', () => {
  it('groups the problems that name a node and skips the others', () => {
    const map = problemsByNode([
      { kind: 'deadEnd', nodeId: 'a', node: 'A', message: 'A leads nowhere' },
      { kind: 'probabilitySum', nodeId: 'a', node: 'A', message: 'A sums to 0.9' },
      { kind: 'structure', nodeId: null, node: null, message: 'no start' },
      { kind: 'unreachable', nodeId: 'b', node: 'B', message: 'B unreachable' },
    ]);
    expect([...map.keys()]).toEqual(['a', 'b']);
    expect(map.get('a')).toHaveLength(2);
    expect(problemText(map.get('a'))).toBe('A leads nowhere\nA sums to 0.9');
    expect(problemText(undefined)).toBeUndefined();
  });
});
