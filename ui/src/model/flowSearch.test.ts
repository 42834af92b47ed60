import { describe, expect, it } from 'vitest';
import { newTask, newWait } from './flowNodes';
import { findSteps } from './flowSearch';

const nodes = [
  newTask('a', 'Customer chases TV', 's', 'c'),
  newTask('b', 'TV technician visit', 's', 'c'),
  newWait('c', 'Wait for fixed-line technician', 's'),
  newTask('d', '宽带技术员上门', 's', 'c'),
];

describe('findSteps', () => {
  it('finds steps by part of their name, ignoring case, names starting with it first', () => {
    expect(findSteps(nodes, 'tv').map((n) => n.id)).toEqual(['b', 'a']);
    expect(findSteps(nodes, '  TECHNICIAN ').map((n) => n.id)).toEqual(['b', 'c']);
  });

  it('finds Chinese names', () => {
    expect(findSteps(nodes, '技术员').map((n) => n.id)).toEqual(['d']);
  });

  it('finds nothing for an empty query or a name nobody has', () => {
    expect(findSteps(nodes, ' ')).toEqual([]);
    expect(findSteps(nodes, 'billing')).toEqual([]);
  });
});
