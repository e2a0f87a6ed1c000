/**
 * Seeds a whole portal: records (seed-records.ts), associations with labels, and lists — three
 * MANUAL contact lists (one holding ~60% of contacts: "Newsletter import"), a SNAPSHOT and a
 * DYNAMIC contact list (lifecyclestage = lead), and a MANUAL company list. Deterministic for a
 * given seed and scale.
 */
import { Prng } from '../prng';
import type { SandboxStore } from '../store';
import type { AssociationCategory, AssociationTypeDef } from './association-types';
import type { ProcessingType } from './lists';
import { MACHINES_TYPE_ID } from './object-types';
import { SEED_NOW, seedActivities, seedCompanies, seedContacts, seedCounts } from './seed-records';

export interface SeedOptions {
  seed: number;
  scale: number;
}

export function seedStore(store: SandboxStore, options: SeedOptions): void {
  const rng = new Prng(options.seed);
  const counts = seedCounts(options.scale);
  const companies = seedCompanies(store, rng, counts.companies);
  const contacts = seedContacts(store, rng, counts.contacts, companies);
  const other = seedActivities(store, rng, counts);
  const typeCache = new Map<string, AssociationTypeDef>();
  const type = (from: string, typeId: number, category: AssociationCategory = 'HUBSPOT_DEFINED'): AssociationTypeDef => {
    const key = `${from}/${category}/${typeId}`;
    const def = typeCache.get(key) ?? store.associationTypes.find(from, category, typeId);
    if (!def) throw new Error(`seed: no association type ${key}`);
    typeCache.set(key, def);
    return def;
  };
  const link = (from: string, to: string, def: AssociationTypeDef) => store.associations.link(from, to, def);
  const anyOf = (ids: readonly string[]) => ids[rng.int(0, ids.length - 1)] as string;
  const companyIds = companies.map((c) => c.id);
  const companyIdOf = (contactIndex: number) => companies[contacts.companyOf[contactIndex] ?? -1]?.id;

  contacts.ids.forEach((contactId, i) => {
    const companyId = companyIdOf(i);
    if (companyId === undefined) return;
    link(contactId, companyId, type('0-1', 1)); // primary company (also adds unlabeled 279)
    if (rng.chance(0.03)) link(contactId, companyId, type('0-1', 101, 'USER_DEFINED'));
    if (rng.chance(0.05)) link(contactId, anyOf(companyIds), type('0-1', 279));
  });
  const contactIndex = () => rng.int(0, contacts.ids.length - 1);
  for (const dealId of other.deals) {
    const first = contactIndex();
    link(dealId, contacts.ids[first] as string, type('0-3', 3));
    if (rng.chance(0.3)) link(dealId, contacts.ids[contactIndex()] as string, type('0-3', 3));
    const companyId = companyIdOf(first) ?? anyOf(companyIds);
    if (companyId) link(dealId, companyId, type('0-3', 5));
  }
  for (const ticketId of other.tickets) {
    const c = contactIndex();
    link(ticketId, contacts.ids[c] as string, type('0-5', 16));
    const companyId = companyIdOf(c);
    if (companyId && rng.chance(0.5)) link(ticketId, companyId, type('0-5', 339));
  }
  for (const callId of other.calls) link(callId, contacts.ids[contactIndex()] as string, type('0-48', 194));
  for (const noteId of other.notes) link(noteId, contacts.ids[contactIndex()] as string, type('0-46', 202));
  for (const machineId of other.machines) {
    link(machineId, anyOf(companyIds), type(MACHINES_TYPE_ID, 70, 'USER_DEFINED'));
  }
  seedLists(store, rng, contacts.ids, companyIds);
}

function seedLists(store: SandboxStore, rng: Prng, contactIds: readonly string[], companyIds: readonly string[]): void {
  const DAY = 86_400_000;
  let day = 400;
  const manual = (name: string, objectTypeId: string, ids: readonly string[], share: number, processingType: ProcessingType = 'MANUAL') => {
    const createdAt = SEED_NOW - day-- * DAY;
    const list = store.lists.create({ name, objectTypeId, processingType, createdAt, updatedAt: createdAt, filtersUpdatedAt: createdAt });
    for (const id of ids) {
      if (!rng.chance(share)) continue;
      const addedAt = createdAt + rng.int(0, 300) * DAY;
      list.members.set(id, { firstAddedAt: addedAt, lastAddedAt: addedAt });
    }
    if (list.members.size === 0 && ids[0] !== undefined) list.members.set(ids[0], { firstAddedAt: createdAt, lastAddedAt: createdAt });
  };
  manual('Newsletter import', '0-1', contactIds, 0.6);
  manual('Trade fair leads 2025', '0-1', contactIds, 0.1);
  manual('VIP customers', '0-1', contactIds, 0.02);
  manual('Webinar attendees (snapshot)', '0-1', contactIds, 0.15, 'SNAPSHOT');
  const dynamicAt = SEED_NOW - 200 * DAY;
  store.lists.create({
    name: 'All leads',
    objectTypeId: '0-1',
    processingType: 'DYNAMIC',
    createdAt: dynamicAt,
    updatedAt: dynamicAt,
    filtersUpdatedAt: dynamicAt,
    filterGroups: [{ filters: [{ propertyName: 'lifecyclestage', operator: 'EQ', value: 'lead' }] }],
  });
  manual('Key accounts', '0-2', companyIds, 0.1);
}
