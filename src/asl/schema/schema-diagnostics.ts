import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { QueryLanguage } from '../types.js';

/** Composite keywords whose own error only says "some alternative failed": noise when a precise one exists. */
const COMPOSITE = new Set(['if', 'anyOf', 'oneOf', 'not']);
/** Which error to keep when several land on one location: the one that says most about the fix. */
const PRIORITY = ['required', 'false schema', 'additionalProperties', 'type', 'enum', 'aslNumber', 'format', 'minItems', 'minProperties'];

/** The fields a block (top level, branch, processor) requires: AWS lists them together (§10.3). */
const BLOCK_FIELDS = new Set(['States', 'StartAt']);

/**
 * Turns ajv's errors for one validated value (found at `base`, a JSON pointer) into AWS-worded
 * diagnostics (ASL-REFERENCE §10.3), one per location.
 */
export function schemaDiagnostics(errors: readonly ErrorObject[], base: string, lang: QueryLanguage): Diagnostic[] {
  const precise = errors.filter((e) => !COMPOSITE.has(e.keyword));
  const kept = precise.length > 0 ? precise : errors.slice(0, 1);
  const byLocation = new Map<string, ErrorObject[]>();
  for (const e of kept) {
    const location = locationOf(e, base);
    const list = byLocation.get(location);
    if (list === undefined) byLocation.set(location, [e]);
    else list.push(e);
  }
  const out: Diagnostic[] = [];
  for (const [location, list] of byLocation) {
    const required = list.filter((e) => e.keyword === 'required').map((e) => String(e.params['missingProperty']));
    if (required.length > 0 && required.some((f) => BLOCK_FIELDS.has(f))) {
      out.push(schemaError(`These fields are required: [${required.join(', ')}]`, location));
      continue;
    }
    if (required.length > 0) {
      for (const field of required) out.push(schemaError(`The field '${field}' is required but was missing`, location));
      continue;
    }
    const best = [...list].sort((a, b) => rank(a) - rank(b))[0] as ErrorObject;
    out.push(schemaError(messageFor(best, lang), location));
  }
  return out;
}

function rank(e: ErrorObject): number {
  const i = PRIORITY.indexOf(e.keyword);
  return i === -1 ? PRIORITY.length : i;
}

function locationOf(e: ErrorObject, base: string): string {
  const extra = e.keyword === 'additionalProperties' ? `/${escape(String(e.params['additionalProperty']))}` : '';
  const path = e.instancePath + extra;
  if (base === '/') return path === '' ? '/' : path;
  return base + path;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The field an error is about: the last non-index segment of its path. */
function fieldOf(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return String(e.params['additionalProperty']);
  const segments = e.instancePath.split('/').slice(1);
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = (segments[i] as string).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!/^\d+$/.test(s)) return s;
  }
  return '';
}

function messageFor(e: ErrorObject, lang: QueryLanguage): string {
  const field = fieldOf(e);
  switch (e.keyword) {
    case 'additionalProperties':
      return `The field "${field}" is not supported by Step Functions`;
    case 'false schema':
      return `The field '${field}' is not supported in ${lang} states${lang === 'JSONata' ? ' (JSONata states use Arguments, Output and Assign)' : ''}`;
    case 'enum':
      return `The field '${field}' should have one of these values: [${(e.params['allowedValues'] as unknown[]).join(', ')}]`;
    case 'type':
      return `The field '${field}' must be ${describeType(String(e.params['type']))}`;
    case 'minItems':
    case 'minProperties':
    case 'minLength':
      return 'Value cannot be empty';
    case 'format':
      return e.params['format'] === 'jsonata'
        ? `The field '${field}' must be a JSONata expression: a string that starts with {% and ends with %}`
        : 'String does not match RFC3339 timestamp';
    default:
      return `The field '${field}' ${e.message ?? 'is not valid'}`;
  }
}

function describeType(type: string): string {
  const names = type
    .split(',')
    .map((t) => (t === 'object' ? 'an object' : t === 'array' ? 'an array' : t === 'integer' ? 'an integer' : `a ${t}`));
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function schemaError(message: string, location: string): Diagnostic {
  return { severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message, location };
}
