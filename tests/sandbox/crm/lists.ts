/**
 * Lists (HUBSPOT.md §3 "list info / list members / add / remove"). MANUAL and SNAPSHOT lists keep
 * explicit memberships; DYNAMIC lists compute theirs from a filter over live records and refuse
 * add/remove. Archived records are never reported as members (HubSpot drops them). A record
 * restored from the recycle bin is NOT back in its manual and snapshot ("static") lists: HubSpot's
 * help article "Restore deleted records" says restored contacts are not put back in the static
 * lists they were in (HUBSPOT.md §7); lists of other objects are treated alike (undocumented; the
 * safer assumption for crm-sweep's repair step). GDPR delete forgets the record entirely.
 */
import { compareIds } from '../ids';
import type { FilterGroup } from './filters';

export type ProcessingType = 'MANUAL' | 'SNAPSHOT' | 'DYNAMIC';

export interface Membership {
  firstAddedAt: number;
  lastAddedAt: number;
}

export interface CrmList {
  listId: string;
  name: string;
  objectTypeId: string;
  processingType: ProcessingType;
  createdAt: number;
  updatedAt: number;
  filtersUpdatedAt: number;
  listVersion: number;
  /** DYNAMIC lists only: who belongs. */
  filterGroups?: FilterGroup[];
  /** MANUAL / SNAPSHOT lists: explicit members, archived ones included. */
  members: Map<string, Membership>;
}

export interface ActiveMember {
  recordId: string;
  membership: Membership;
}

/** What the lists need to know about records; implemented by the store. */
export interface ListRecordSource {
  isActive(objectTypeId: string, recordId: string): boolean;
  /** Active records matching the groups, ascending by ID. */
  matching(objectTypeId: string, groups: readonly FilterGroup[]): Array<{ id: string; createdAt: number }>;
  /** The record's creation time when it is active and matches the groups, else null. */
  matchOne(objectTypeId: string, recordId: string, groups: readonly FilterGroup[]): number | null;
}

export class ListStore {
  private readonly lists = new Map<string, CrmList>();
  private readonly sortedMembers = new WeakMap<CrmList, string[]>();
  private nextListId = 101;

  constructor(private readonly records: ListRecordSource) {}

  all(): CrmList[] {
    return [...this.lists.values()];
  }

  get(listId: string): CrmList | undefined {
    return this.lists.get(listId);
  }

  create(spec: Omit<CrmList, 'listId' | 'members' | 'listVersion'> & { listId?: string }): CrmList {
    const listId = spec.listId ?? String(this.nextListId);
    this.nextListId = Math.max(this.nextListId, Number(listId) + 1);
    const list: CrmList = { ...spec, listId, listVersion: 1, members: new Map() };
    this.lists.set(listId, list);
    return list;
  }

  /** Active members in ascending record ID order. */
  members(list: CrmList): ActiveMember[] {
    if (list.processingType === 'DYNAMIC') {
      return this.records
        .matching(list.objectTypeId, list.filterGroups ?? [])
        .map((r) => ({ recordId: r.id, membership: { firstAddedAt: r.createdAt, lastAddedAt: r.createdAt } }));
    }
    let sorted = this.sortedMembers.get(list);
    if (!sorted) {
      sorted = [...list.members.keys()].sort(compareIds);
      this.sortedMembers.set(list, sorted);
    }
    return sorted
      .filter((id) => this.records.isActive(list.objectTypeId, id))
      .map((id) => ({ recordId: id, membership: list.members.get(id) as Membership }));
  }

  size(list: CrmList): number {
    return this.members(list).length;
  }

  /** Adds active records of the list's type; others come back as missing. */
  /** A manual ("static") list holding `members`, as an admin builds one by hand (tests, seeds). */
  createManual(name: string, objectTypeId: string, members: readonly string[], now = Date.now()): CrmList {
    const list = this.create({ name, objectTypeId, processingType: 'MANUAL', createdAt: now, updatedAt: now, filtersUpdatedAt: now });
    this.add(list, members, now);
    return list;
  }

  add(list: CrmList, recordIds: readonly string[], now: number): { added: string[]; missing: string[] } {
    const added: string[] = [];
    const missing: string[] = [];
    for (const id of recordIds) {
      if (!this.records.isActive(list.objectTypeId, id)) missing.push(id);
      else if (!list.members.has(id)) {
        list.members.set(id, { firstAddedAt: now, lastAddedAt: now });
        added.push(id);
      }
    }
    this.touched(list, added.length > 0, now);
    return { added, missing };
  }

  remove(list: CrmList, recordIds: readonly string[], now: number): { removed: string[]; missing: string[] } {
    const removed: string[] = [];
    const missing: string[] = [];
    for (const id of recordIds) {
      if (list.members.has(id) && this.records.isActive(list.objectTypeId, id)) {
        list.members.delete(id);
        removed.push(id);
      } else missing.push(id);
    }
    this.touched(list, removed.length > 0, now);
    return { removed, missing };
  }

  /** The lists an active record belongs to (dynamic ones evaluated now). */
  listsOf(objectTypeId: string, recordId: string): Array<{ list: CrmList; membership: Membership }> {
    if (!this.records.isActive(objectTypeId, recordId)) return [];
    const result: Array<{ list: CrmList; membership: Membership }> = [];
    for (const list of this.lists.values()) {
      if (list.objectTypeId !== objectTypeId) continue;
      const membership = list.processingType === 'DYNAMIC' ? this.dynamicMembership(list, recordId) : list.members.get(recordId);
      if (membership) result.push({ list, membership });
    }
    return result;
  }

  /** Recycle-bin restore: the record is not put back in its static (manual and snapshot) lists. */
  forgetStaticMemberships(objectTypeId: string, recordId: string, now: number): void {
    for (const list of this.lists.values()) {
      if (list.objectTypeId === objectTypeId && list.processingType !== 'DYNAMIC') this.touched(list, list.members.delete(recordId), now);
    }
  }

  /** GDPR delete: the record leaves every list for good. */
  forgetRecord(objectTypeId: string, recordId: string, now: number): void {
    for (const list of this.lists.values()) {
      if (list.objectTypeId === objectTypeId) this.touched(list, list.members.delete(recordId), now);
    }
  }

  private dynamicMembership(list: CrmList, recordId: string): Membership | undefined {
    const createdAt = this.records.matchOne(list.objectTypeId, recordId, list.filterGroups ?? []);
    return createdAt === null ? undefined : { firstAddedAt: createdAt, lastAddedAt: createdAt };
  }

  private touched(list: CrmList, changed: boolean, now: number): void {
    if (!changed) return;
    list.updatedAt = now;
    this.sortedMembers.delete(list);
  }
}
