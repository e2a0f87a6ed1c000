/**
 * The object types the sandbox serves (HUBSPOT.md §2): contacts 0-1, companies 0-2, deals 0-3,
 * tickets 0-5, calls 0-48, notes 0-46, and one custom object "machines" (2-<n>). API paths accept
 * the name or the type ID; the custom object also answers to its fully qualified name.
 */
export interface ObjectTypeDef {
  objectTypeId: string;
  /** The path name, e.g. `contacts`. */
  name: string;
  singular: string;
  /** Other spellings accepted in paths (custom object FQN, `p_machines`). */
  aliases: string[];
  /** Any one of these grants read / write (HubSpot lists "one of the following scopes"). */
  readScopes: string[];
  writeScopes: string[];
  /** Scopes that let a token read the property definitions. */
  schemaScopes: string[];
  createdDateProperty: 'createdate' | 'hs_createdate';
  modifiedDateProperty: 'lastmodifieddate' | 'hs_lastmodifieddate';
  /** Returned by reads that name no `properties` (HubSpot's per-object default set). */
  defaultProperties: string[];
  primaryDisplayProperty: string;
  /** Properties the search `query` string matches against. */
  queryProperties: string[];
  /** Deals and tickets live in pipelines. */
  pipelineProperties?: { pipeline: string; stage: string };
  /** Seeded IDs start here; the custom object's start above 2^53 so clients must not parse IDs. */
  firstId: bigint;
}

const CONTACT_SCOPES = { read: ['crm.objects.contacts.read'], write: ['crm.objects.contacts.write'] };

/** The custom object's type ID; custom object type IDs are portal-specific `2-<n>`. */
export const MACHINES_TYPE_ID = '2-7357311';

export function sandboxObjectTypes(portalId: number): ObjectTypeDef[] {
  const base = (
    def: Omit<ObjectTypeDef, 'aliases' | 'createdDateProperty' | 'modifiedDateProperty'> & Partial<ObjectTypeDef>,
  ): ObjectTypeDef => ({
    aliases: [],
    createdDateProperty: 'createdate',
    modifiedDateProperty: 'hs_lastmodifieddate',
    ...def,
  });
  return [
    base({
      objectTypeId: '0-1',
      name: 'contacts',
      singular: 'contact',
      readScopes: CONTACT_SCOPES.read,
      writeScopes: CONTACT_SCOPES.write,
      schemaScopes: ['crm.schemas.contacts.read', ...CONTACT_SCOPES.read],
      modifiedDateProperty: 'lastmodifieddate',
      defaultProperties: ['firstname', 'lastname', 'email'],
      primaryDisplayProperty: 'email',
      queryProperties: ['firstname', 'lastname', 'email', 'phone', 'company'],
      firstId: 101n,
    }),
    base({
      objectTypeId: '0-2',
      name: 'companies',
      singular: 'company',
      readScopes: ['crm.objects.companies.read'],
      writeScopes: ['crm.objects.companies.write'],
      schemaScopes: ['crm.schemas.companies.read', 'crm.objects.companies.read'],
      defaultProperties: ['name', 'domain'],
      primaryDisplayProperty: 'name',
      queryProperties: ['name', 'domain', 'phone', 'website'],
      firstId: 5_000_000_001n,
    }),
    base({
      objectTypeId: '0-3',
      name: 'deals',
      singular: 'deal',
      readScopes: ['crm.objects.deals.read'],
      writeScopes: ['crm.objects.deals.write'],
      schemaScopes: ['crm.schemas.deals.read', 'crm.objects.deals.read'],
      defaultProperties: ['dealname', 'amount', 'closedate', 'pipeline', 'dealstage'],
      primaryDisplayProperty: 'dealname',
      queryProperties: ['dealname'],
      pipelineProperties: { pipeline: 'pipeline', stage: 'dealstage' },
      firstId: 12_000_000_001n,
    }),
    base({
      // Tickets use the single `tickets` scope for reading and writing.
      objectTypeId: '0-5',
      name: 'tickets',
      singular: 'ticket',
      readScopes: ['tickets'],
      writeScopes: ['tickets'],
      schemaScopes: ['tickets'],
      defaultProperties: ['subject', 'content', 'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_category', 'hs_ticket_priority'],
      primaryDisplayProperty: 'subject',
      queryProperties: ['subject', 'content'],
      pipelineProperties: { pipeline: 'hs_pipeline', stage: 'hs_pipeline_stage' },
      firstId: 3_000_000_001n,
    }),
    base({
      // Engagements (calls, notes) are read and written with the contact scopes (verify).
      objectTypeId: '0-48',
      name: 'calls',
      singular: 'call',
      readScopes: CONTACT_SCOPES.read,
      writeScopes: CONTACT_SCOPES.write,
      schemaScopes: CONTACT_SCOPES.read,
      createdDateProperty: 'hs_createdate',
      defaultProperties: [],
      primaryDisplayProperty: 'hs_call_title',
      queryProperties: ['hs_call_title', 'hs_call_body'],
      firstId: 40_000_000_001n,
    }),
    base({
      objectTypeId: '0-46',
      name: 'notes',
      singular: 'note',
      readScopes: CONTACT_SCOPES.read,
      writeScopes: CONTACT_SCOPES.write,
      schemaScopes: CONTACT_SCOPES.read,
      createdDateProperty: 'hs_createdate',
      defaultProperties: [],
      primaryDisplayProperty: 'hs_note_body',
      queryProperties: ['hs_note_body'],
      firstId: 60_000_000_001n,
    }),
    base({
      objectTypeId: MACHINES_TYPE_ID,
      name: 'machines',
      singular: 'machine',
      // Custom objects answer to `2-<n>`, `p{portalId}_name` (HubSpot's fullyQualifiedName) and `p_name`.
      aliases: [`p${portalId}_machines`, `p_${portalId}_machines`, 'p_machines'],
      readScopes: ['crm.objects.custom.read'],
      writeScopes: ['crm.objects.custom.write'],
      schemaScopes: ['crm.schemas.custom.read', 'crm.objects.custom.read'],
      createdDateProperty: 'hs_createdate',
      defaultProperties: [],
      primaryDisplayProperty: 'serial_number',
      queryProperties: ['serial_number', 'model'],
      firstId: 9_007_199_254_741_001n,
    }),
  ];
}

/** Resolves the `{objectType}` path segment: name, type ID or alias, case-insensitively. */
export class ObjectTypeRegistry {
  private readonly lookup = new Map<string, ObjectTypeDef>();

  constructor(readonly all: readonly ObjectTypeDef[]) {
    for (const def of all) {
      for (const key of [def.objectTypeId, def.name, ...def.aliases]) this.lookup.set(key.toLowerCase(), def);
    }
  }

  resolve(nameOrId: string): ObjectTypeDef | undefined {
    return this.lookup.get(nameOrId.toLowerCase());
  }

  /** Like `resolve`, but throws: for callers that already validated the type. */
  require(nameOrId: string): ObjectTypeDef {
    const def = this.resolve(nameOrId);
    if (!def) throw new Error(`Unknown object type: ${nameOrId}`);
    return def;
  }
}
