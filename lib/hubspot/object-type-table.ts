/**
 * What crm-sweep knows about each standard HubSpot object type, keyed by type ID (HUBSPOT.md §2).
 * The one place such facts live: every layer reads them through object-types.ts. A leaf: it
 * imports nothing.
 */

/** Where a pipeline board keeps a record's pipeline and stage (HUBSPOT.md §3 pipelines). */
export interface BoardProperties {
  pipeline: string;
  stage: string;
}

export interface ObjectTypeFacts {
  /** API paths take it as well as the ID; the pipelines endpoint and older page URLs use it (HUBSPOT.md §2, §5). */
  apiName: string;
  /** Catalogue key of the type's name, "contact" / "contacts" (lib/i18n): `object.<id>`, or `object.custom`. */
  labelKey: `object.${string}`;
  /** Token scopes to read (snapshot) and to write (archive, re-create) the type's records (HUBSPOT.md §2). */
  scopes: { read: readonly string[]; write: readonly string[] };
  /** What a person recognises a record by; undo searches it to find a re-create whose answer was lost. */
  identifyingProperty: string | null;
  /** What the confirmation names a sample record by, best first. */
  nameProperties: readonly string[];
  /** `firstSet`: the first of nameProperties that has a value; `person`: "first last (email)" from the three in that order. */
  nameStyle: 'firstSet' | 'person';
  /** First in exported CSVs after the ID: the name, and what HubSpot's import deduplicates on (email, domain). */
  csvColumns: readonly string[];
  /** HubSpot sets it on every write: it tells records re-created since a moment, as undo writes `createdate` back. */
  lastModifiedProperty: string;
  /** HubSpot lets users delete records of this type, in bulk too (HUBSPOT.md §1). */
  bulkDelete: boolean;
  /** Permanent (privacy-law, formerly "GDPR") delete exists: contacts only (HUBSPOT.md §1, §3). */
  permanentDelete: boolean;
  /** Deleted records show on HubSpot's restore page for 90 days (HUBSPOT.md §7; recycleBinPath). */
  recycleBin: boolean;
  /** Create fails the whole batch (409 CONFLICT) when an active record already holds the email (HUBSPOT.md §3). */
  uniqueEmailOnCreate: boolean;
  /** Deals and tickets have pipeline boards (HUBSPOT.md §1, §5); null for every other type. */
  board: BoardProperties | null;
}

const objectScopes = (name: string) => ({ read: [`crm.objects.${name}.read`], write: [`crm.objects.${name}.write`] });

/** A type HubSpot does not let users delete (notes, emails, meetings, tasks): we only read and re-link it. */
const NOT_DELETABLE = {
  scopes: { read: [], write: [] },
  identifyingProperty: null,
  nameProperties: [],
  nameStyle: 'firstSet',
  csvColumns: [],
  lastModifiedProperty: 'hs_lastmodifieddate',
  bulkDelete: false,
  permanentDelete: false,
  recycleBin: false,
  uniqueEmailOnCreate: false,
  board: null,
} as const satisfies Omit<ObjectTypeFacts, 'apiName' | 'labelKey'>;

/** What the deletable types share: HubSpot keeps their deleted records in the recycle bin (HUBSPOT.md §1, §7). */
const DELETABLE = { ...NOT_DELETABLE, bulkDelete: true, recycleBin: true } as const;

/** In the order association reads and scope lists go through the types. */
export const STANDARD_OBJECT_TYPES: Readonly<Record<string, ObjectTypeFacts>> = {
  '0-1': {
    ...DELETABLE,
    apiName: 'contacts',
    labelKey: 'object.0-1',
    scopes: objectScopes('contacts'),
    identifyingProperty: 'email',
    nameProperties: ['firstname', 'lastname', 'email'],
    nameStyle: 'person',
    csvColumns: ['email', 'firstname', 'lastname', 'company', 'phone'],
    // Contacts keep the older name; every other type has hs_lastmodifieddate.
    lastModifiedProperty: 'lastmodifieddate',
    permanentDelete: true,
    uniqueEmailOnCreate: true,
  },
  '0-2': {
    ...DELETABLE,
    apiName: 'companies',
    labelKey: 'object.0-2',
    scopes: objectScopes('companies'),
    identifyingProperty: 'name',
    nameProperties: ['name', 'domain'],
    csvColumns: ['name', 'domain'],
  },
  '0-3': {
    ...DELETABLE,
    apiName: 'deals',
    labelKey: 'object.0-3',
    scopes: objectScopes('deals'),
    identifyingProperty: 'dealname',
    nameProperties: ['dealname'],
    csvColumns: ['dealname', 'pipeline', 'dealstage', 'amount', 'closedate'],
    board: { pipeline: 'pipeline', stage: 'dealstage' },
  },
  '0-5': {
    ...DELETABLE,
    apiName: 'tickets',
    labelKey: 'object.0-5',
    // Tickets have one scope for reading and writing.
    scopes: { read: ['tickets'], write: ['tickets'] },
    identifyingProperty: 'subject',
    nameProperties: ['subject'],
    csvColumns: ['subject', 'hs_pipeline', 'hs_pipeline_stage'],
    board: { pipeline: 'hs_pipeline', stage: 'hs_pipeline_stage' },
  },
  '0-27': { ...NOT_DELETABLE, apiName: 'tasks', labelKey: 'object.0-27' },
  '0-46': { ...NOT_DELETABLE, apiName: 'notes', labelKey: 'object.0-46' },
  '0-47': { ...NOT_DELETABLE, apiName: 'meetings', labelKey: 'object.0-47' },
  '0-48': {
    ...DELETABLE,
    apiName: 'calls',
    labelKey: 'object.0-48',
    // HUBSPOT.md §2 names no calls scope, so none is checked before a job (verify); HubSpot's 403 still pauses one.
    scopes: { read: [], write: [] },
    identifyingProperty: 'hs_call_title',
    nameProperties: ['hs_call_title'],
    csvColumns: ['hs_call_title', 'hs_timestamp'],
  },
  '0-49': { ...NOT_DELETABLE, apiName: 'emails', labelKey: 'object.0-49' },
};
