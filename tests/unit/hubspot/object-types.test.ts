import { describe, expect, it } from 'vitest';
import {
  ANY_CUSTOM_OBJECT_TYPE,
  DELETABLE_STANDARD_TYPES,
  isDeletableObjectType,
  OBJECT_TYPE_IDS,
  objectTypeFacts,
  objectTypeOfScope,
  recordPath,
  recycleBinPath,
  STANDARD_OBJECT_TYPE_IDS,
  toObjectTypeId,
} from '@/lib/hubspot/object-types';
import { en } from '@/lib/i18n/messages-en';

describe('the object-type facts table', () => {
  it('knows the standard types of HUBSPOT.md §2, in the order association reads go through them', () => {
    expect(STANDARD_OBJECT_TYPE_IDS).toEqual(['0-1', '0-2', '0-3', '0-5', '0-27', '0-46', '0-47', '0-48', '0-49']);
    expect(OBJECT_TYPE_IDS).toEqual({
      contacts: '0-1',
      companies: '0-2',
      deals: '0-3',
      tickets: '0-5',
      tasks: '0-27',
      notes: '0-46',
      meetings: '0-47',
      calls: '0-48',
      emails: '0-49',
    });
  });

  it('allows bulk delete for the types HubSpot lets users delete (HUBSPOT.md §1), all restorable', () => {
    expect(DELETABLE_STANDARD_TYPES).toEqual(['0-1', '0-2', '0-3', '0-5', '0-48']);
    for (const id of STANDARD_OBJECT_TYPE_IDS) expect(objectTypeFacts(id)!.recycleBin).toBe(DELETABLE_STANDARD_TYPES.includes(id));
  });

  it('names read and write scopes for every deletable type (calls: none known, none checked)', () => {
    for (const id of [...DELETABLE_STANDARD_TYPES, ANY_CUSTOM_OBJECT_TYPE]) {
      const { read, write } = objectTypeFacts(id)!.scopes;
      if (id === '0-48') expect([read, write]).toEqual([[], []]);
      else {
        expect(read.length, id).toBeGreaterThan(0);
        expect(write.length, id).toBeGreaterThan(0);
      }
    }
    expect(objectTypeFacts('0-1')!.scopes).toEqual({ read: ['crm.objects.contacts.read'], write: ['crm.objects.contacts.write'] });
    expect(objectTypeFacts('0-5')!.scopes).toEqual({ read: ['tickets'], write: ['tickets'] });
  });

  it('labels every type with a key of the English catalogue', () => {
    for (const id of [...STANDARD_OBJECT_TYPE_IDS, '2-77']) {
      const key = objectTypeFacts(id)!.labelKey;
      expect(Object.hasOwn(en, key), `${id} → ${key}`).toBe(true);
    }
    expect(objectTypeFacts('0-3')!.labelKey).toBe('object.0-3');
  });

  it('identifies, names and exports each deletable standard type by its own properties', () => {
    for (const id of DELETABLE_STANDARD_TYPES) {
      const facts = objectTypeFacts(id)!;
      expect(facts.identifyingProperty, id).toBeTruthy();
      expect(facts.nameProperties, id).toContain(facts.identifyingProperty);
      expect(facts.csvColumns, id).toContain(facts.identifyingProperty);
    }
    expect(objectTypeFacts('0-1')!.identifyingProperty).toBe('email');
    expect(objectTypeFacts('0-1')!.nameStyle).toBe('person');
  });

  it('keeps the contact-only facts on contacts: permanent delete, unique email, lastmodifieddate', () => {
    const withFact = (pick: (id: string) => unknown) => [...STANDARD_OBJECT_TYPE_IDS, '2-77'].filter((id) => pick(id));
    expect(withFact((id) => objectTypeFacts(id)!.permanentDelete)).toEqual(['0-1']);
    expect(withFact((id) => objectTypeFacts(id)!.uniqueEmailOnCreate)).toEqual(['0-1']);
    expect(withFact((id) => objectTypeFacts(id)!.lastModifiedProperty === 'lastmodifieddate')).toEqual(['0-1']);
    expect(objectTypeFacts('0-2')!.lastModifiedProperty).toBe('hs_lastmodifieddate');
  });

  it('gives deals and tickets their pipeline and stage properties, and no other type a board', () => {
    expect(objectTypeFacts('0-3')!.board).toEqual({ pipeline: 'pipeline', stage: 'dealstage' });
    expect(objectTypeFacts('0-5')!.board).toEqual({ pipeline: 'hs_pipeline', stage: 'hs_pipeline_stage' });
    const boards = [...STANDARD_OBJECT_TYPE_IDS, '2-77'].filter((id) => objectTypeFacts(id)!.board);
    expect(boards).toEqual(['0-3', '0-5']);
  });

  it('gives every custom object the custom defaults', () => {
    const facts = objectTypeFacts('2-4711')!;
    // Named by its ID, with the custom-object scopes; deletable and restorable, never permanently.
    expect([facts.apiName, facts.labelKey, facts.scopes]).toEqual([
      '2-4711',
      'object.custom',
      { read: ['crm.objects.custom.read'], write: ['crm.objects.custom.write'] },
    ]);
    expect([facts.bulkDelete, facts.recycleBin, facts.permanentDelete, facts.uniqueEmailOnCreate]).toEqual([true, true, false, false]);
    // Nothing to name or identify a record by, no board; HubSpot's generic modified-date property.
    expect([facts.identifyingProperty, facts.nameProperties, facts.csvColumns, facts.board]).toEqual([null, [], [], null]);
    expect([facts.nameStyle, facts.lastModifiedProperty]).toEqual(['firstSet', 'hs_lastmodifieddate']);
    expect(Object.keys(facts)).toHaveLength(13);
    expect(isDeletableObjectType('2-4711')).toBe(true);
  });

  it('has no facts for a type it does not know, which is then not deletable', () => {
    for (const id of ['0-99', '1-1', '2-', 'contacts', '', 'toString', '__proto__']) {
      expect(objectTypeFacts(id), id).toBeUndefined();
      expect(isDeletableObjectType(id), id).toBe(false);
    }
    expect(isDeletableObjectType('0-46')).toBe(false);
  });

  it('maps API names to IDs, passes IDs through, refuses anything else', () => {
    expect(toObjectTypeId('tickets')).toBe('0-5');
    expect(toObjectTypeId('2-12')).toBe('2-12');
    expect(toObjectTypeId('widgets')).toBeNull();
    expect(toObjectTypeId('toString')).toBeNull();
  });

  it('tells which type a token scope is for', () => {
    expect(objectTypeOfScope('crm.objects.deals.write')).toBe('0-3');
    expect(objectTypeOfScope('tickets')).toBe('0-5');
    expect(objectTypeOfScope('crm.objects.custom.read')).toBe(ANY_CUSTOM_OBJECT_TYPE);
    expect(objectTypeOfScope('crm.lists.read')).toBeNull();
  });

  it('builds record and restore paths of the UI domain (HUBSPOT.md §5, §7)', () => {
    expect(recordPath('123', '0-1', '18446744073709551615')).toBe('/contacts/123/record/0-1/18446744073709551615');
    expect(recycleBinPath('123', '2-9')).toBe('/recycling-bin/123/restore/2-9');
  });
});
