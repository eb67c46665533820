import type { Ajv, ErrorObject, SchemaValidateFunction } from 'ajv';
import { numericValue } from '../numeric.js';
import type { AslNumber } from './common.js';

const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A JSONata expression string: `{%` … `%}` and nothing around it (ASL-REFERENCE §3.2). */
export function isJsonataText(value: string): boolean {
  return value.startsWith('{%') && value.endsWith('%}');
}

/** An RFC 3339 date-time with `T` and a zone (§1.7: a missing zone or a space is invalid). */
export function isRfc3339(value: string): boolean {
  return RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}

function describeRange(n: AslNumber): string {
  const kind = n.integer ? 'an integer' : 'a number';
  if (n.minimum !== undefined && n.maximum !== undefined) return `must be ${kind} between ${n.minimum} and ${n.maximum}`;
  if (n.minimum !== undefined) return `must be ${kind} greater than or equal to ${n.minimum}`;
  return `must be ${kind}`;
}

/**
 * `aslNumber`: a number in range, or a numeric string (Jackson coerces those, docs/decisions.md), or
 * in JSONata states a `{% %}` string evaluated at run time.
 */
const aslNumber: SchemaValidateFunction = function check(schema: AslNumber, data: unknown): boolean {
  if (schema.jsonata === true && typeof data === 'string' && isJsonataText(data)) return true;
  const value = numericValue(data, schema.integer);
  const ok =
    value !== undefined &&
    (!schema.integer || Number.isInteger(value)) &&
    (schema.minimum === undefined || value >= schema.minimum) &&
    (schema.maximum === undefined || value <= schema.maximum);
  if (!ok) {
    const error: Partial<ErrorObject> = { keyword: 'aslNumber', message: describeRange(schema), params: {} };
    aslNumber.errors = [error];
  }
  return ok;
};

/** Registers the few formats and keywords the ASL schemas use (no ajv-formats: these are all we need). */
export function addAslVocabulary(ajv: Ajv): void {
  ajv.addFormat('jsonata', { type: 'string', validate: isJsonataText });
  ajv.addFormat('timestamp', { type: 'string', validate: isRfc3339 });
  ajv.addFormat('timestamp-or-jsonata', { type: 'string', validate: (s: string) => isJsonataText(s) || isRfc3339(s) });
  ajv.addKeyword({ keyword: 'aslNumber', errors: true, schemaType: 'object', validate: aslNumber });
}
