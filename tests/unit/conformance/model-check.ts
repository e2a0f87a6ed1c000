/**
 * Checks a JSON body against a model of HubSpot's official Node client (@hubspot/api-client,
 * MIT, a devDependency): the body goes through the client's own `ObjectSerializer.deserialize`,
 * then every attribute of the model's `attributeTypeMap` is checked on the wire JSON (by its
 * `baseName`, e.g. `from` for `_from`), recursively. The codegen does not flag required fields in
 * `attributeTypeMap`; the model's TypeScript declaration does (a property without `?`), so the
 * required set is read from the model's `.d.ts`. A null optional field counts as absent, as the
 * client's deserializer treats it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const CODEGEN = join(dirname(require.resolve('@hubspot/api-client/package.json')), 'lib/codegen');

/** Codegen modules whose models the routes we use answer with. */
export type CodegenModule =
  | 'crm/objects'
  | 'crm/contacts'
  | 'crm/associations/v4'
  | 'crm/associations/v4/schema'
  | 'crm/lists'
  | 'crm/properties'
  | 'crm/pipelines';

interface Attribute {
  name: string;
  baseName: string;
  type: string;
}
type ModelClass = { getAttributeTypeMap(): Attribute[] };
interface Serializer {
  deserialize(data: unknown, type: string, format: string): unknown;
}

function load(module: CodegenModule): { models: Record<string, unknown>; serializer: Serializer } {
  const models = require(join(CODEGEN, module, 'models/all.js')) as Record<string, unknown>;
  const { ObjectSerializer } = require(join(CODEGEN, module, 'models/ObjectSerializer.js')) as { ObjectSerializer: Serializer };
  return { models, serializer: ObjectSerializer };
}

const requiredCache = new Map<string, Set<string>>();

/** Property names the model's declaration has without `?` (and whether `| null` is allowed is in the type). */
export function requiredFields(module: CodegenModule, type: string): Set<string> {
  const key = `${module}:${type}`;
  let required = requiredCache.get(key);
  if (!required) {
    const dts = readFileSync(join(CODEGEN, module, 'models', `${type}.d.ts`), 'utf8');
    const body = dts.slice(dts.indexOf(`export declare class ${type}`), dts.indexOf('static readonly discriminator'));
    required = new Set([...body.matchAll(/^\s+'(\w+)':/gm)].map((m) => m[1] as string));
    requiredCache.set(key, required);
  }
  return required;
}

const MAP = /^\{ \[key: string\]: (.+); \}$/;

function checkValue(module: CodegenModule, type: string, value: unknown, path: string, problems: string[]): void {
  const { models } = load(module);
  const types = type.split(' | ');
  if (value === null) {
    if (!types.includes('null') && type !== 'any') problems.push(`${path}: null, expected ${type}`);
    return;
  }
  const t = types.filter((x) => x !== 'null').join(' | ');
  const map = MAP.exec(t);
  if (t === 'any') return;
  if (t === 'string' || t === 'number' || t === 'boolean') {
    if (typeof value !== t) problems.push(`${path}: ${typeof value}, expected ${t}`);
  } else if (t === 'Date') {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      problems.push(`${path}: ${JSON.stringify(value)}, expected a date-time string`);
  } else if (t.startsWith('Array<')) {
    if (!Array.isArray(value)) problems.push(`${path}: expected an array (${t})`);
    else value.forEach((item, i) => checkValue(module, t.slice(6, -1), item, `${path}[${i}]`, problems));
  } else if (map) {
    if (typeof value !== 'object' || Array.isArray(value)) problems.push(`${path}: expected an object map (${t})`);
    else for (const [k, v] of Object.entries(value)) checkValue(module, map[1] as string, v, `${path}.${k}`, problems);
  } else if (typeof models[t] === 'function') {
    checkModel(module, t, value, path, problems);
  } else if (models[t] && typeof models[t] === 'object') {
    const allowed = Object.values(models[t] as object);
    if (!allowed.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${t} (${allowed.join(', ')})`);
  } else problems.push(`${path}: unknown model type ${t}`);
}

function checkModel(module: CodegenModule, type: string, value: unknown, path: string, problems: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path}: expected a ${type} object`);
    return;
  }
  const required = requiredFields(module, type);
  const model = load(module).models[type] as ModelClass;
  for (const attribute of model.getAttributeTypeMap()) {
    const field = (value as Record<string, unknown>)[attribute.baseName];
    const at = `${path}.${attribute.baseName}`;
    if (field === undefined) {
      if (required.has(attribute.name)) problems.push(`${at}: missing (required by ${type})`);
      continue;
    }
    // The client's deserializer reads null as absent: fine for an optional field (e.g. an unlabeled
    // association type's `label: null`), not for a required one unless its type allows null.
    if (field === null && !required.has(attribute.name)) continue;
    checkValue(module, attribute.type, field, at, problems);
  }
}

/** Problems of `body` as official model `type` of `module` (empty: it conforms). */
export function conformanceProblems(module: CodegenModule, type: string, body: unknown): string[] {
  const { serializer } = load(module);
  const problems: string[] = [];
  try {
    serializer.deserialize(body, type, '');
  } catch (error) {
    problems.push(`ObjectSerializer.deserialize threw: ${(error as Error).message}`);
  }
  checkModel(module, type, body, '$', problems);
  return problems;
}
