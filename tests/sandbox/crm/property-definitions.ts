/**
 * Property definitions per object type, shaped like `GET /crm/v3/properties/{type}` results
 * (HUBSPOT.md §3 "properties"): `modificationMetadata.readOnlyValue`, `calculated` and
 * `hubspotDefined` tell a client which values it may write back when it re-creates a record.
 * The set includes read-only (hs_object_id, lastmodifieddate, hs_email_domain) and calculated
 * (num_associated_deals, hs_deal_stage_probability) properties on purpose.
 */
import type { Pipeline } from './pipelines';
import { INDUSTRIES, LEAD_STATUSES, LIFECYCLE_STAGES, SANDBOX_OWNERS, TICKET_PRIORITIES } from './enumerations';
import { MACHINES_TYPE_ID } from './object-types';

export type PropertyType = 'string' | 'number' | 'date' | 'datetime' | 'enumeration' | 'bool';

export interface PropertyOption {
  label: string;
  value: string;
  displayOrder: number;
  hidden: boolean;
}

export interface PropertyDef {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: string;
  groupName: string;
  description: string;
  options: PropertyOption[];
  displayOrder: number;
  calculated: boolean;
  externalOptions: boolean;
  hasUniqueValue: boolean;
  hidden: boolean;
  formField: boolean;
  /** HubSpot omits this for portal-defined (custom) properties. */
  hubspotDefined?: true;
  modificationMetadata: { archivable: boolean; readOnlyDefinition: boolean; readOnlyValue: boolean };
}

type Kind = 'text' | 'textarea' | 'phone' | 'number' | 'datetime' | 'date' | 'select' | 'calc' | 'readonly';
interface Spec {
  name: string;
  label: string;
  kind: Kind;
  options?: ReadonlyArray<string | readonly [value: string, label: string]>;
  custom?: boolean;
  unique?: boolean;
}

const FIELD: Record<Kind, [PropertyType, string]> = {
  text: ['string', 'text'],
  textarea: ['string', 'textarea'],
  phone: ['string', 'phonenumber'],
  number: ['number', 'number'],
  datetime: ['datetime', 'date'],
  date: ['date', 'date'],
  select: ['enumeration', 'select'],
  calc: ['number', 'calculation_equation'],
  readonly: ['string', 'text'],
};

function build(groupName: string, specs: Spec[]): PropertyDef[] {
  return specs.map((spec, displayOrder) => {
    const [type, fieldType] = FIELD[spec.kind];
    const isSystem = ['hs_object_id', 'createdate', 'hs_createdate', 'lastmodifieddate', 'hs_lastmodifieddate'].includes(spec.name);
    const readOnlyValue = spec.kind === 'calc' || spec.kind === 'readonly' || (isSystem && !spec.name.endsWith('createdate'));
    const def: PropertyDef = {
      name: spec.name,
      label: spec.label,
      type: spec.name === 'hs_object_id' ? 'number' : type,
      fieldType: spec.name === 'hs_object_id' ? 'number' : fieldType,
      groupName,
      description: '',
      options: (spec.options ?? []).map((o, i) => {
        const [value, label] = typeof o === 'string' ? [o, o] : o;
        return { label, value, displayOrder: i, hidden: false };
      }),
      displayOrder,
      calculated: spec.kind === 'calc',
      externalOptions: false,
      hasUniqueValue: spec.unique ?? false,
      hidden: false,
      formField: !readOnlyValue && !isSystem,
      modificationMetadata: { archivable: !!spec.custom, readOnlyDefinition: !spec.custom, readOnlyValue },
    };
    if (!spec.custom) def.hubspotDefined = true;
    return def;
  });
}

const system = (created: 'createdate' | 'hs_createdate', modified: string): Spec[] => [
  { name: 'hs_object_id', label: 'Record ID', kind: 'readonly' },
  { name: created, label: 'Create Date', kind: 'datetime' },
  { name: modified, label: 'Last Modified Date', kind: 'datetime' },
];
const owner = (): Spec => ({
  name: 'hubspot_owner_id',
  label: 'Owner',
  kind: 'select',
  options: SANDBOX_OWNERS.map((o) => [o.id, o.name] as const),
});

/** Property definitions keyed by object type ID. Pipeline options come from the seeded pipelines. */
export function propertyDefinitions(pipelines: Map<string, Pipeline[]>): Map<string, PropertyDef[]> {
  const pipelineOptions = (typeId: string) => (pipelines.get(typeId) ?? []).map((p) => [p.id, p.label] as const);
  const stageOptions = (typeId: string) => (pipelines.get(typeId) ?? []).flatMap((p) => p.stages.map((s) => [s.id, s.label] as const));
  return new Map<string, PropertyDef[]>([
    [
      '0-1',
      build('contactinformation', [
        ...system('createdate', 'lastmodifieddate'),
        { name: 'firstname', label: 'First Name', kind: 'text' },
        { name: 'lastname', label: 'Last Name', kind: 'text' },
        { name: 'email', label: 'Email', kind: 'text' },
        { name: 'phone', label: 'Phone Number', kind: 'phone' },
        { name: 'company', label: 'Company Name', kind: 'text' },
        { name: 'jobtitle', label: 'Job Title', kind: 'text' },
        { name: 'city', label: 'City', kind: 'text' },
        { name: 'lifecyclestage', label: 'Lifecycle Stage', kind: 'select', options: LIFECYCLE_STAGES },
        { name: 'hs_lead_status', label: 'Lead Status', kind: 'select', options: LEAD_STATUSES },
        owner(),
        { name: 'hs_email_domain', label: 'Email Domain', kind: 'readonly' },
        { name: 'num_associated_deals', label: 'Associated Deals', kind: 'calc' },
      ]),
    ],
    [
      '0-2',
      build('companyinformation', [
        ...system('createdate', 'hs_lastmodifieddate'),
        { name: 'name', label: 'Company name', kind: 'text' },
        { name: 'domain', label: 'Company Domain Name', kind: 'text' },
        { name: 'industry', label: 'Industry', kind: 'select', options: INDUSTRIES },
        { name: 'city', label: 'City', kind: 'text' },
        { name: 'phone', label: 'Phone Number', kind: 'phone' },
        owner(),
        { name: 'num_associated_contacts', label: 'Number of Associated Contacts', kind: 'calc' },
      ]),
    ],
    [
      '0-3',
      build('dealinformation', [
        ...system('createdate', 'hs_lastmodifieddate'),
        { name: 'dealname', label: 'Deal Name', kind: 'text' },
        { name: 'amount', label: 'Amount', kind: 'number' },
        { name: 'pipeline', label: 'Pipeline', kind: 'select', options: pipelineOptions('0-3') },
        { name: 'dealstage', label: 'Deal Stage', kind: 'select', options: stageOptions('0-3') },
        { name: 'closedate', label: 'Close Date', kind: 'datetime' },
        owner(),
        { name: 'hs_deal_stage_probability', label: 'Deal probability', kind: 'calc' },
      ]),
    ],
    [
      '0-5',
      build('ticketinformation', [
        ...system('createdate', 'hs_lastmodifieddate'),
        { name: 'subject', label: 'Ticket name', kind: 'text' },
        { name: 'content', label: 'Ticket description', kind: 'textarea' },
        { name: 'hs_pipeline', label: 'Pipeline', kind: 'select', options: pipelineOptions('0-5') },
        { name: 'hs_pipeline_stage', label: 'Ticket status', kind: 'select', options: stageOptions('0-5') },
        { name: 'hs_ticket_priority', label: 'Priority', kind: 'select', options: TICKET_PRIORITIES },
        {
          name: 'hs_ticket_category',
          label: 'Category',
          kind: 'select',
          options: ['PRODUCT_ISSUE', 'BILLING_ISSUE', 'FEATURE_REQUEST', 'GENERAL_INQUIRY'],
        },
        owner(),
      ]),
    ],
    [
      '0-48',
      build('callinformation', [
        ...system('hs_createdate', 'hs_lastmodifieddate'),
        { name: 'hs_timestamp', label: 'Activity date', kind: 'datetime' },
        { name: 'hs_call_title', label: 'Call Title', kind: 'text' },
        { name: 'hs_call_body', label: 'Call notes', kind: 'textarea' },
        { name: 'hs_call_duration', label: 'Call duration', kind: 'number' },
        { name: 'hs_call_direction', label: 'Call direction', kind: 'select', options: ['INBOUND', 'OUTBOUND'] },
        owner(),
      ]),
    ],
    [
      '0-46',
      build('notes', [
        ...system('hs_createdate', 'hs_lastmodifieddate'),
        { name: 'hs_timestamp', label: 'Activity date', kind: 'datetime' },
        { name: 'hs_note_body', label: 'Note body', kind: 'textarea' },
        owner(),
      ]),
    ],
    [
      MACHINES_TYPE_ID,
      build('machine_information', [
        ...system('hs_createdate', 'hs_lastmodifieddate'),
        { name: 'serial_number', label: 'Serial number', kind: 'text', custom: true, unique: true },
        { name: 'model', label: 'Model', kind: 'text', custom: true },
        { name: 'purchase_date', label: 'Purchase date', kind: 'date', custom: true },
      ]),
    ],
  ]);
}
