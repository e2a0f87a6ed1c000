import { isWritableProperty } from '@/lib/hubspot/api/metadata';
import type { PropertyDefinition } from '@/lib/hubspot/api/types';

/**
 * The snapshot values HubSpot lets us write back on re-create: defined, not read-only, not
 * calculated (per the properties API's `modificationMetadata` and `calculated`), and not empty.
 * Everything else (IDs, create dates, counters, rollups) HubSpot computes again by itself.
 */
export function writableValues(defs: readonly PropertyDefinition[], values: Record<string, string | null>): Record<string, string> {
  const writable = new Set(defs.filter(isWritableProperty).map((d) => d.name));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== '' && writable.has(name)) out[name] = value;
  }
  return out;
}
