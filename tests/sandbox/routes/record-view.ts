/**
 * A record as the objects API returns it: `{ id, properties, createdAt, updatedAt, archived,
 * archivedAt? }`. Reads that name no `properties` get the type's default set; reads that do get
 * those (unknown names silently skipped, unset ones as null, as HubSpot does) — plus, always,
 * hs_object_id and the create/modify dates.
 */
import type { ObjectTypeDef } from '../crm/object-types';
import type { CrmRecord, SandboxStore } from '../store';
import { iso } from './common';

export interface ApiRecord {
  id: string;
  properties: Record<string, string | null>;
  propertiesWithHistory?: Record<string, Array<{ value: string; timestamp: string; sourceType: string }>>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
}

export function toApiRecord(
  store: SandboxStore,
  def: ObjectTypeDef,
  record: CrmRecord,
  requested?: readonly string[],
  withHistory?: readonly string[],
): ApiRecord {
  const names = new Set<string>(requested && requested.length > 0 ? requested : def.defaultProperties);
  for (const always of ['hs_object_id', def.createdDateProperty, def.modifiedDateProperty]) names.add(always);
  const properties: Record<string, string | null> = {};
  for (const name of [...names].sort()) {
    if (!store.property(def.objectTypeId, name)) continue;
    properties[name] = store.readProperty(def.objectTypeId, record, name);
  }
  const view: ApiRecord = {
    id: record.id,
    properties,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    archived: record.archivedAt !== null,
  };
  if (record.archivedAt !== null) view.archivedAt = iso(record.archivedAt);
  if (withHistory && withHistory.length > 0) {
    // The sandbox keeps no history: each property's history is its current value.
    view.propertiesWithHistory = {};
    for (const name of withHistory) {
      const value = store.readProperty(def.objectTypeId, record, name);
      view.propertiesWithHistory[name] = value === null ? [] : [{ value, timestamp: iso(record.updatedAt), sourceType: 'API' }];
    }
  }
  return view;
}
