/** The checker itself: it must catch what the conformance suite exists to catch. */
import { describe, expect, it } from 'vitest';
import { conformanceProblems, requiredFields } from './model-check';

describe('model-check', () => {
  it('reads required fields from the model declarations', () => {
    expect([...requiredFields('crm/lists', 'MembershipsUpdateResponse')].sort()).toEqual([
      'recordIdsMissing',
      'recordIdsRemoved',
      'recordsIdsAdded',
    ]);
    expect(requiredFields('crm/objects', 'SimplePublicObject').has('archived')).toBe(false);
    expect(requiredFields('crm/associations/v4', 'PublicAssociationMultiWithLabel').has('_from')).toBe(true);
  });

  it('flags the old sandbox spelling recordIdsAdded and a missing array', () => {
    expect(conformanceProblems('crm/lists', 'MembershipsUpdateResponse', { recordIdsAdded: ['1'], recordIdsMissing: [] })).toEqual([
      '$.recordIdsRemoved: missing (required by MembershipsUpdateResponse)',
      '$.recordsIdsAdded: missing (required by MembershipsUpdateResponse)',
    ]);
  });

  it('flags 207 error entries without errors / links / context, recursively', () => {
    const body = {
      status: 'COMPLETE',
      startedAt: '2026-01-01T00:00:00Z',
      completedAt: '2026-01-01T00:00:01Z',
      results: [{ id: 1, properties: {}, createdAt: 'x', updatedAt: '2026-01-01T00:00:00Z' }],
      errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'gone' }],
    };
    expect(conformanceProblems('crm/objects', 'BatchResponseSimplePublicObjectWithErrors', body)).toEqual([
      '$.results[0].createdAt: "x", expected a date-time string',
      '$.results[0].id: number, expected string',
      '$.errors[0].context: missing (required by StandardError)',
      '$.errors[0].links: missing (required by StandardError)',
      '$.errors[0].errors: missing (required by StandardError)',
    ]);
  });

  it('checks enums and accepts null for an optional field, as the client’s deserializer does', () => {
    const spec = (category: string, label: string | null) => ({ results: [{ category, typeId: 1, label }] });
    expect(
      conformanceProblems('crm/associations/v4/schema', 'CollectionResponseAssociationSpecWithLabelNoPaging', spec('USER_DEFINED', null)),
    ).toEqual([]);
    expect(
      conformanceProblems('crm/associations/v4/schema', 'CollectionResponseAssociationSpecWithLabelNoPaging', spec('NOPE', 'x'))[0],
    ).toMatch(/is not one of AssociationSpecWithLabelCategoryEnum/);
  });
});
