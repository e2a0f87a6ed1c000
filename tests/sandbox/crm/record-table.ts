/**
 * The records of one object type. IDs are handed out in ascending order, so the insertion-ordered
 * ID array doubles as the ascending-ID index that list paging and `hs_object_id` sorts need.
 * Archived records stay in the table (the recycle bin) with `archivedAt` set; only GDPR delete
 * removes a record.
 */
import { compareIds, indexAfter, indexAtOrAfter } from '../ids';
import type { ObjectTypeDef } from './object-types';

export interface CrmRecord {
  id: string;
  /** Stored values only; system and calculated properties are derived when read. */
  properties: Record<string, string>;
  createdAt: number;
  updatedAt: number;
  /** Epoch ms when the record went to the recycle bin; null while active. */
  archivedAt: number | null;
  /** Who moved it to the recycle bin, as HubSpot's restore page shows it ("Deleted by"): an app's or user's name. */
  archivedBy?: string;
}

export class RecordTable {
  private readonly byId = new Map<string, CrmRecord>();
  private readonly ascending: string[] = [];
  private archivedCount = 0;

  constructor(
    readonly type: ObjectTypeDef,
    public nextId: bigint = type.firstId,
  ) {}

  /** A fresh ID; `gap` leaves holes as real portals have, so clients cannot assume contiguity. */
  allocateId(gap = 0): string {
    this.nextId += BigInt(gap);
    const id = this.nextId.toString();
    this.nextId += 1n;
    return id;
  }

  insert(record: CrmRecord): void {
    if (this.byId.has(record.id)) throw new Error(`duplicate ${this.type.name} id ${record.id}`);
    this.byId.set(record.id, record);
    const last = this.ascending[this.ascending.length - 1];
    if (last === undefined || compareIds(last, record.id) < 0) this.ascending.push(record.id);
    else this.ascending.splice(indexAtOrAfter(this.ascending, record.id), 0, record.id);
    if (record.archivedAt !== null) this.archivedCount++;
    const next = BigInt(record.id) + 1n;
    if (next > this.nextId) this.nextId = next;
  }

  get(id: string): CrmRecord | undefined {
    return this.byId.get(id);
  }

  setArchived(record: CrmRecord, archivedAt: number | null): void {
    if ((record.archivedAt === null) === (archivedAt === null)) return;
    this.archivedCount += archivedAt === null ? -1 : 1;
    record.archivedAt = archivedAt;
  }

  /** Permanent removal (GDPR delete). */
  remove(id: string): CrmRecord | undefined {
    const record = this.byId.get(id);
    if (!record) return undefined;
    this.byId.delete(id);
    const index = indexAtOrAfter(this.ascending, id);
    if (this.ascending[index] === id) this.ascending.splice(index, 1);
    if (record.archivedAt !== null) this.archivedCount--;
    return record;
  }

  get activeCount(): number {
    return this.byId.size - this.archivedCount;
  }

  get archivedTotal(): number {
    return this.archivedCount;
  }

  /** Records in ascending ID order after `afterId` (exclusive), active or archived as asked. */
  *scan(options: { archived?: boolean; afterId?: string } = {}): Generator<CrmRecord> {
    const wantArchived = options.archived ?? false;
    const start = options.afterId === undefined ? 0 : indexAfter(this.ascending, options.afterId);
    for (let i = start; i < this.ascending.length; i++) {
      const record = this.byId.get(this.ascending[i] as string) as CrmRecord;
      if ((record.archivedAt !== null) === wantArchived) yield record;
    }
  }

  /** Every record, active and archived, for saving. */
  all(): IterableIterator<CrmRecord> {
    return this.byId.values();
  }
}
