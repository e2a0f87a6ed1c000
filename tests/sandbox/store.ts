/**
 * SandboxStore — the sandbox's live, in-memory CRM portal. The API routes, the UI pages and tests
 * all read and change the same store. Everything is synchronous.
 *
 *   store.portalId, store.objectTypes.all / .resolve('contacts' | '0-1' | 'p_machines')
 *   store.get(type, id, { archived })          one record (active by default; 'any' for either)
 *   store.listRecords(type, { archived })      records in ascending ID order
 *   store.readProperty(type, record, name)     a value as the API shows it (derived ones included)
 *   store.search(type, { filterGroups, sorts, query })   every match, no paging caps
 *   store.create / update(type, …)             throw ContactConflictError on a taken email
 *   store.archive(type, ids)                   to the recycle bin; returns the IDs it archived
 *   store.restore(type, ids)                   out of the bin, per-ID results (EMAIL_CONFLICT …)
 *   store.gdprDelete(contactId)                permanent: record, associations, memberships gone
 *   store.recycleBin(type)                     archived records, most recently archived first
 *   store.associate(fromType, fromId, toId, typeDef) / store.associationsOf(type, id, { toType })
 *   store.lists (ListStore: all(), get(id), members(list) …), store.listMembers(listId)
 *   store.pipelines(type), store.properties(type), store.counts(), store.subscribe(fn)
 *
 * `type` is anything `objectTypes.resolve` accepts. Records are `CrmRecord`s: stored properties
 * only; use `readProperty` for hs_object_id, dates and calculated values.
 */
import type { AssociationTypeDef } from './crm/association-types';
import { ContactConflictError } from './crm/email-index';
import type { CrmRecord } from './crm/record-table';
import { StoreReads } from './crm/store-reads';

export type { CrmRecord } from './crm/record-table';
export type { CrmList } from './crm/lists';
export type { AssociatedRecord, StoreChange } from './crm/store-reads';
export { ContactConflictError } from './crm/email-index';

export type RestoreStatus = 'RESTORED' | 'NOT_FOUND' | 'NOT_ARCHIVED' | 'EMAIL_CONFLICT';
export interface RestoreResult {
  id: string;
  status: RestoreStatus;
  conflictingId?: string;
  message?: string;
}

export class SandboxStore extends StoreReads {
  /**
   * The sandbox's UI user (the browser session of its pages), not an API client: without HubSpot's
   * restore permissions its restore page is the permission page (ui/restore-page.ts).
   */
  readonly uiUser = { mayRestore: true };

  /** Creates a record. A `createdate` among the properties sets the creation time (HubSpot allows it). */
  create(type: string, properties: Record<string, string>, options: { now?: number; id?: string; createdAt?: number } = {}): CrmRecord {
    const def = this.objectTypes.require(type);
    const now = options.now ?? Date.now();
    const { [def.createdDateProperty]: createdate, ...stored } = clean(properties);
    if (def.objectTypeId === '0-1') this.assertEmailFree(stored.email, undefined);
    const table = this.table(type);
    const createdAt = options.createdAt ?? (createdate ? (/^\d+$/.test(createdate) ? Number(createdate) : Date.parse(createdate)) : now);
    const record: CrmRecord = { id: options.id ?? table.allocateId(), properties: stored, createdAt, updatedAt: now, archivedAt: null };
    table.insert(record);
    if (def.objectTypeId === '0-1') this.emails.claim(stored.email, record.id);
    this.changed('create', def, [record.id]);
    return record;
  }

  /** Puts a stored record back as it was (loading a save): no validation, no notifications. */
  insertRecord(type: string, record: CrmRecord): void {
    const def = this.objectTypes.require(type);
    this.table(type).insert(record);
    if (def.objectTypeId === '0-1' && record.archivedAt === null) this.emails.claim(record.properties.email, record.id);
  }

  /** Sets properties on an active record; an empty string clears a property, as in HubSpot. */
  update(type: string, id: string, properties: Record<string, string>, now = Date.now()): CrmRecord | undefined {
    const def = this.objectTypes.require(type);
    const record = this.get(type, id);
    if (!record) return undefined;
    if (def.objectTypeId === '0-1' && properties.email !== undefined) {
      this.assertEmailFree(properties.email, id);
      this.emails.release(record.properties.email, id);
      this.emails.claim(properties.email, id);
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === '') delete record.properties[name];
      else record.properties[name] = value;
    }
    record.updatedAt = now;
    this.changed('update', def, [id]);
    return record;
  }

  /** `by`: who deleted them, shown as "Deleted by" on the restore page (an app's or a user's name). */
  archive(type: string, ids: readonly string[], now = Date.now(), by?: string): string[] {
    const def = this.objectTypes.require(type);
    const archived: string[] = [];
    for (const id of ids) {
      const record = this.get(type, id);
      if (!record) continue;
      this.table(type).setArchived(record, now);
      if (by === undefined) delete record.archivedBy;
      else record.archivedBy = by;
      if (def.objectTypeId === '0-1') this.emails.release(record.properties.email, id);
      archived.push(id);
    }
    if (archived.length > 0) this.changed('archive', def, archived);
    return archived;
  }

  /**
   * Recycle-bin restore; a contact whose email another active contact now holds stays in the bin.
   * Associations come back with the record (they were only hidden); static list memberships do not
   * (HUBSPOT.md §7), so they are dropped here.
   */
  restore(type: string, ids: readonly string[], now = Date.now()): RestoreResult[] {
    const def = this.objectTypes.require(type);
    const results = ids.map((id): RestoreResult => {
      const record = this.get(type, id, { archived: 'any' });
      if (!record) return { id, status: 'NOT_FOUND' };
      if (record.archivedAt === null) return { id, status: 'NOT_ARCHIVED' };
      const holder = def.objectTypeId === '0-1' ? this.emails.ownerOf(record.properties.email) : undefined;
      if (holder !== undefined) {
        return {
          id,
          status: 'EMAIL_CONFLICT',
          conflictingId: holder,
          message: `Another contact (${holder}) already uses ${record.properties.email}`,
        };
      }
      this.table(type).setArchived(record, null);
      delete record.archivedBy;
      this.lists.forgetStaticMemberships(def.objectTypeId, id, now);
      record.updatedAt = now;
      if (def.objectTypeId === '0-1') this.emails.claim(record.properties.email, id);
      return { id, status: 'RESTORED' };
    });
    const restored = results.filter((r) => r.status === 'RESTORED').map((r) => r.id);
    if (restored.length > 0) this.changed('restore', def, restored);
    return results;
  }

  /** Permanently deletes a contact (active or in the bin): not restorable, associations and memberships gone. */
  gdprDelete(contactId: string, now = Date.now()): boolean {
    const record = this.table('0-1').remove(contactId);
    if (!record) return false;
    if (record.archivedAt === null) this.emails.release(record.properties.email, contactId);
    this.associations.removeRecord('0-1', contactId);
    this.lists.forgetRecord('0-1', contactId, now);
    this.gdprDeleted.push({ objectTypeId: '0-1', id: contactId, at: now });
    this.changed('gdpr-delete', this.objectTypes.require('0-1'), [contactId]);
    return true;
  }

  associate(fromType: string, fromId: string, toId: string, typeDef: AssociationTypeDef): void {
    this.associations.link(fromId, toId, typeDef);
    this.changed('associate', this.objectTypes.require(fromType), [fromId]);
  }

  private assertEmailFree(email: string | undefined, selfId: string | undefined): void {
    const holder = this.emails.ownerOf(email);
    if (holder !== undefined && holder !== selfId) throw new ContactConflictError(holder);
  }
}

/** Drops empty values: HubSpot treats "" as "no value". */
function clean(properties: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(properties))
    if (value !== '' && value !== null && value !== undefined) out[name] = String(value);
  return out;
}
