import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/fixtures';
import { refuseServiceName } from './flowServices';

describe('flow services', () => {
  const services = sampleDocument().services;

  it('accepts a new name', () => {
    expect(refuseServiceName(services, ' Streaming ')).toBeNull();
  });

  it('refuses an empty name and one already taken, whatever the case', () => {
    expect(refuseServiceName(services, '   ')).toBe('flow.refuse.serviceNameEmpty');
    expect(refuseServiceName(services, ' iptv ')).toBe('flow.refuse.serviceNameTaken');
  });
});
