/**
 * Property definitions and pipelines (HUBSPOT.md §3 "properties", "pipelines"): what a client
 * needs to know which values are writable, and which stages deals and tickets move through.
 * Object types without pipelines answer 400, as HubSpot does for them.
 */
import type { Pipeline } from '../crm/pipelines';
import { objectNotFound, ok, validationError, type ApiResult } from '../http/api-result';
import type { Route, RouteContext, ScopeRequirement } from '../http/router';
import { isTypeDef, iso, objectTypeParam } from './common';

/** Definitions and pipelines are stable in the sandbox: one fixed timestamp for all of them. */
const DEFINED_AT = iso(Date.UTC(2020, 0, 1));

const schemaScopes = (ctx: Pick<RouteContext, 'params' | 'store'>): ScopeRequirement | ApiResult => {
  const def = objectTypeParam(ctx);
  return isTypeDef(def) ? [def.schemaScopes] : def;
};
const pipelineScopes = (ctx: Pick<RouteContext, 'params' | 'store'>): ScopeRequirement | ApiResult => {
  const def = objectTypeParam(ctx);
  return isTypeDef(def) ? [def.readScopes] : def;
};

function pipelineView(pipeline: Pipeline): Record<string, unknown> {
  return {
    id: pipeline.id,
    label: pipeline.label,
    displayOrder: pipeline.displayOrder,
    createdAt: DEFINED_AT,
    updatedAt: DEFINED_AT,
    archived: false,
    stages: pipeline.stages.map((s) => ({
      ...s,
      createdAt: DEFINED_AT,
      updatedAt: DEFINED_AT,
      archived: false,
      writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
    })),
  };
}

function pipelinesOf(ctx: RouteContext): readonly Pipeline[] | ApiResult {
  const def = objectTypeParam(ctx);
  if (!isTypeDef(def)) return def;
  const pipelines = ctx.store.pipelines(def.objectTypeId);
  return pipelines.length > 0 ? pipelines : validationError(`Object type ${def.name} does not support pipelines.`);
}

function onePipeline(ctx: RouteContext): Pipeline | ApiResult {
  const pipelines = pipelinesOf(ctx);
  if (!Array.isArray(pipelines)) return pipelines as ApiResult;
  return pipelines.find((p) => p.id === ctx.params.pipelineId) ?? objectNotFound(`Pipeline ${ctx.params.pipelineId} does not exist.`);
}

export const schemaRoutes: Route[] = [
  {
    method: 'GET',
    path: '/crm/v3/properties/{type}',
    scopes: schemaScopes,
    handle: (ctx) => {
      const def = objectTypeParam(ctx);
      if (!isTypeDef(def)) return def;
      return ok({
        results: ctx.store
          .properties(def.objectTypeId)
          .map((p) => ({ ...p, createdAt: DEFINED_AT, updatedAt: DEFINED_AT, archived: false })),
      });
    },
  },
  {
    method: 'GET',
    path: '/crm/v3/properties/{type}/{propertyName}',
    scopes: schemaScopes,
    handle: (ctx) => {
      const def = objectTypeParam(ctx);
      if (!isTypeDef(def)) return def;
      const property = ctx.store.property(def.objectTypeId, ctx.params.propertyName as string);
      return property
        ? ok({ ...property, createdAt: DEFINED_AT, updatedAt: DEFINED_AT, archived: false })
        : objectNotFound(`Property ${ctx.params.propertyName} does not exist`);
    },
  },
  {
    method: 'GET',
    path: '/crm/v3/pipelines/{type}',
    scopes: pipelineScopes,
    handle: (ctx) => {
      const pipelines = pipelinesOf(ctx);
      return Array.isArray(pipelines) ? ok({ results: pipelines.map(pipelineView) }) : (pipelines as ApiResult);
    },
  },
  {
    method: 'GET',
    path: '/crm/v3/pipelines/{type}/{pipelineId}',
    scopes: pipelineScopes,
    handle: (ctx) => {
      const pipeline = onePipeline(ctx);
      return 'stages' in pipeline ? ok(pipelineView(pipeline)) : pipeline;
    },
  },
  {
    method: 'GET',
    path: '/crm/v3/pipelines/{type}/{pipelineId}/stages',
    scopes: pipelineScopes,
    handle: (ctx) => {
      const pipeline = onePipeline(ctx);
      return 'stages' in pipeline ? ok({ results: pipelineView(pipeline).stages as unknown[] }) : pipeline;
    },
  },
];
