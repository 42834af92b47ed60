// Adding a service from the Flow tab: a service is a workspace record of the bundle (the
// backend then gives every scenario of the bundle a default provisioning sub-flow for it).
// Here only the name is checked, so the reason can show beside the field.
import type { Service } from './types';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Why `name` cannot name a new service of a bundle with these services (a catalog key), or null. */
export function refuseServiceName(services: readonly Service[], name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'flow.refuse.serviceNameEmpty';
  if (services.some((s) => sameName(s.name, trimmed))) return 'flow.refuse.serviceNameTaken';
  return null;
}
