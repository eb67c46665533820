import type { SchemaObject } from 'ajv';
import type { QueryLanguage } from '../types.js';
import { BASE, byLanguage, PATH, stateSchema, STRING } from './common.js';

/** Fail (ASL-REFERENCE §1.8): Error/Cause, or their `*Path` twins in JSONPath; no I/O fields. */
export function failSchema(lang: QueryLanguage): SchemaObject {
  return stateSchema([], byLanguage(lang, { ...BASE, Error: STRING, Cause: STRING }, { ErrorPath: PATH, CausePath: PATH }, {}));
}
