/**
 * Properties HubSpot computes rather than stores: the record ID, create/modify dates, and the
 * calculated ones (contact `num_associated_deals`, company `num_associated_contacts`, deal
 * `hs_deal_stage_probability`, contact `hs_email_domain`). Deriving them on read keeps them right
 * after archives, restores and association changes without any bookkeeping.
 */
import type { ObjectTypeDef } from './object-types';
import { findStage, type Pipeline } from './pipelines';
import type { CrmRecord } from './record-table';

export interface DerivationContext {
  /** Associated records of `toTypeId` that are active. */
  countActiveAssociated(fromTypeId: string, fromId: string, toTypeId: string): number;
  pipelines(objectTypeId: string): readonly Pipeline[];
}

/** Names that may be derived; anything else is a plain stored value (the hot path of search). */
const DERIVED = new Set([
  'hs_object_id',
  'createdate',
  'hs_createdate',
  'lastmodifieddate',
  'hs_lastmodifieddate',
  'num_associated_deals',
  'num_associated_contacts',
  'hs_email_domain',
  'hs_deal_stage_probability',
]);

export function readProperty(ctx: DerivationContext, type: ObjectTypeDef, record: CrmRecord, name: string): string | null {
  if (!DERIVED.has(name)) return record.properties[name] ?? null;
  if (name === 'hs_object_id') return record.id;
  if (name === type.createdDateProperty) return new Date(record.createdAt).toISOString();
  if (name === type.modifiedDateProperty) return new Date(record.updatedAt).toISOString();
  switch (`${type.objectTypeId}:${name}`) {
    case '0-1:num_associated_deals':
      return String(ctx.countActiveAssociated('0-1', record.id, '0-3'));
    case '0-2:num_associated_contacts':
      return String(ctx.countActiveAssociated('0-2', record.id, '0-1'));
    case '0-1:hs_email_domain': {
      const email = record.properties.email;
      return email?.includes('@') ? (email.split('@')[1] as string).toLowerCase() : null;
    }
    case '0-3:hs_deal_stage_probability': {
      const stage = record.properties.dealstage;
      return stage ? (findStage(ctx.pipelines('0-3'), stage)?.metadata.probability ?? null) : null;
    }
    default:
      return record.properties[name] ?? null;
  }
}
