/**
 * Checks property values a client writes, as HubSpot does before creating or updating: unknown
 * names (PROPERTY_DOESNT_EXIST), read-only or calculated ones (READ_ONLY_VALUE), enumeration values
 * outside the options (INVALID_OPTION) and malformed emails (INVALID_EMAIL) fail the request with
 * 400 VALIDATION_ERROR. This is what makes a client strip read-only values when it re-creates a
 * record from a snapshot. `null` or "" clears a property.
 */
import type { ObjectTypeDef } from '../crm/object-types';
import { validationError, type ApiResult } from '../http/api-result';
import type { SandboxStore } from '../store';

interface PropertyProblem {
  isValid: false;
  message: string;
  error: 'PROPERTY_DOESNT_EXIST' | 'READ_ONLY_VALUE' | 'INVALID_OPTION' | 'INVALID_EMAIL' | 'INVALID_INTEGER';
  name: string;
}

export type ValidatedProperties = { ok: true; values: Record<string, string> } | { ok: false; error: ApiResult };

export function validateProperties(store: SandboxStore, def: ObjectTypeDef, input: unknown): ValidatedProperties {
  if (input === undefined) return { ok: true, values: {} };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: validationError('Invalid input JSON: "properties" must be an object.') };
  }
  const values: Record<string, string> = {};
  const problems: PropertyProblem[] = [];
  for (const [name, raw] of Object.entries(input as Record<string, unknown>)) {
    const value = raw === null || raw === undefined ? '' : String(raw);
    const property = store.property(def.objectTypeId, name);
    const problem = (error: PropertyProblem['error'], message: string) => problems.push({ isValid: false, message, error, name });
    if (!property) problem('PROPERTY_DOESNT_EXIST', `Property "${name}" does not exist`);
    else if (property.modificationMetadata.readOnlyValue)
      problem('READ_ONLY_VALUE', `${name} is a read only property; its value cannot be set.`);
    else if (value !== '' && property.type === 'enumeration' && !property.options.some((o) => o.value === value)) {
      problem('INVALID_OPTION', `${value} was not one of the allowed options: ${property.options.map((o) => o.value).join(', ')}`);
    } else if (value !== '' && name === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
      problem('INVALID_EMAIL', `Email address ${value} is invalid`);
    } else if (value !== '' && property.type === 'number' && Number.isNaN(Number(value))) {
      problem('INVALID_INTEGER', `${value} is not a valid number`);
    }
    values[name] = value;
  }
  if (problems.length === 0) return { ok: true, values };
  const error = validationError(`Property values were not valid: ${JSON.stringify(problems)}`, {
    errors: problems.map((p) => ({ message: p.message, code: p.error, context: { propertyName: [p.name] } })),
  });
  return { ok: false, error };
}
