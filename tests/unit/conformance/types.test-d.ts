/**
 * Compile-time conformance (checked by `tsc --noEmit`, not run by Vitest): the extension's own API
 * types (lib/hubspot/api) against the models of HubSpot's official Node client where they overlap,
 * so a field name cannot drift in both the client and the sandbox at once (e.g. `recordsIdsAdded`).
 * `Wire<M>` is a model as it travels as JSON: Date → ISO string, `_from` / `_in` → `from` / `in`,
 * string enums → their string values.
 *
 * - NoExtraKeys: every field we declare exists in HubSpot's model.
 * - Reads: HubSpot's answer, narrowed to our fields, is assignable to our type.
 * - Sends: what we send is assignable to HubSpot's request model.
 */
import type { AssociationCreateInput, CreatedAssociation } from '@/lib/hubspot/api/associations';
import type { RecordListMembership as OurRecordListMembership } from '@/lib/hubspot/api/lists';
import type { CreateInput } from '@/lib/hubspot/api/objects';
import type { SearchFilter } from '@/lib/hubspot/api/search';
import type {
  AssociationType,
  BatchError,
  BatchErrorDetail,
  BatchResponse,
  CrmRecord,
  ListInfo,
  MembershipsUpdateResponse as OurMembershipsUpdate,
  Paging,
  Pipeline as OurPipeline,
  PropertyDefinition,
} from '@/lib/hubspot/api/types';
import type {
  AssociationSpecWithLabel,
  LabelsBetweenObjectPair,
  PublicAssociationMultiPost,
} from '@hubspot/api-client/lib/codegen/crm/associations/v4/models/all';
import type {
  MembershipsUpdateResponse,
  PublicObjectList,
  RecordListMembership,
} from '@hubspot/api-client/lib/codegen/crm/lists/models/all';
import type {
  BatchResponseSimplePublicObjectWithErrors,
  ErrorDetail,
  Filter,
  ForwardPaging,
  SimplePublicObject,
  SimplePublicObjectBatchInputForCreate,
  StandardError,
} from '@hubspot/api-client/lib/codegen/crm/objects/models/all';
import type { Pipeline } from '@hubspot/api-client/lib/codegen/crm/pipelines/models/all';
import type { Property } from '@hubspot/api-client/lib/codegen/crm/properties/models/all';

type WireKey<K> = K extends '_from' ? 'from' : K extends '_in' ? 'in' : K;
type Wire<T> = T extends Date
  ? string
  : T extends string
    ? `${T}`
    : T extends Array<infer U>
      ? Wire<U>[]
      : T extends object
        ? { [K in keyof T as K extends 'discriminator' | 'mapping' | 'attributeTypeMap' ? never : WireKey<K>]: Wire<T[K]> }
        : T;

type Assert<T extends true> = T;
type NoExtraKeys<Ours, Model> = [Exclude<keyof Ours, keyof Wire<Model>>] extends [never] ? true : Exclude<keyof Ours, keyof Wire<Model>>;
type Reads<Ours, Model> = [Pick<Wire<Model>, keyof Ours & keyof Wire<Model>>] extends [Ours] ? true : false;
type Sends<Ours, Model> = [Ours] extends [Wire<Model>] ? true : false;

export type Checks = [
  // List membership changes: both directions, HubSpot's spelling.
  Assert<NoExtraKeys<OurMembershipsUpdate, MembershipsUpdateResponse>>,
  Assert<Reads<OurMembershipsUpdate, MembershipsUpdateResponse>>,
  Assert<Sends<OurMembershipsUpdate, MembershipsUpdateResponse>>,
  // Records and batch answers.
  Assert<NoExtraKeys<CrmRecord, SimplePublicObject>>,
  Assert<Reads<CrmRecord, SimplePublicObject>>,
  Assert<NoExtraKeys<Paging, ForwardPaging>>,
  Assert<Reads<Paging, ForwardPaging>>,
  Assert<NoExtraKeys<BatchResponse<CrmRecord>, BatchResponseSimplePublicObjectWithErrors>>,
  Assert<Reads<BatchResponse<CrmRecord>, BatchResponseSimplePublicObjectWithErrors>>,
  Assert<NoExtraKeys<BatchError, StandardError>>,
  Assert<Reads<BatchError, StandardError>>,
  Assert<NoExtraKeys<BatchErrorDetail, ErrorDetail>>,
  Assert<Reads<BatchErrorDetail, ErrorDetail>>,
  // Create inputs. Known narrowing: our associationCategory is `string` (lib/undo passes stored
  // snapshot categories), HubSpot's an enum — so only the rest is checked for sending.
  Assert<NoExtraKeys<CreateInput, SimplePublicObjectBatchInputForCreate>>,
  Assert<Sends<Omit<CreateInput, 'associations'>, Omit<SimplePublicObjectBatchInputForCreate, 'associations'>>>,
  Assert<NoExtraKeys<SearchFilter, Filter>>,
  Assert<Sends<SearchFilter, Filter>>,
  // Associations. Known difference: our AssociationType.label is required (`string | null`, as
  // HubSpot sends it); the model marks it optional.
  Assert<NoExtraKeys<AssociationType, AssociationSpecWithLabel>>,
  Assert<Reads<Omit<AssociationType, 'label'>, AssociationSpecWithLabel>>,
  Assert<NoExtraKeys<CreatedAssociation, LabelsBetweenObjectPair>>,
  Assert<Reads<CreatedAssociation, LabelsBetweenObjectPair>>,
  Assert<NoExtraKeys<AssociationCreateInput, PublicAssociationMultiPost>>,
  Assert<Sends<Omit<AssociationCreateInput, 'types'>, Omit<PublicAssociationMultiPost, 'types'>>>,
  // Lists. Known narrowing: our processingType is a union; HubSpot's model says string.
  Assert<NoExtraKeys<Omit<ListInfo, 'additionalProperties'>, PublicObjectList>>,
  Assert<Reads<Omit<ListInfo, 'processingType' | 'additionalProperties'>, PublicObjectList>>,
  Assert<NoExtraKeys<OurRecordListMembership, RecordListMembership>>,
  Assert<Reads<OurRecordListMembership, RecordListMembership>>,
  // Properties and pipelines.
  Assert<NoExtraKeys<PropertyDefinition, Property>>,
  Assert<Reads<PropertyDefinition, Property>>,
  Assert<NoExtraKeys<OurPipeline, Pipeline>>,
  Assert<Reads<OurPipeline, Pipeline>>,
];
