import type { SchemaObject } from 'ajv';
import type { QueryLanguage } from '../types.js';
import { ANY, BASE, byLanguage, IO_PATHS, stateSchema } from './common.js';

/** Succeed (ASL-REFERENCE §1.8): terminal, so no Next/End. */
export function succeedSchema(lang: QueryLanguage): SchemaObject {
  return stateSchema([], byLanguage(lang, { ...BASE }, { ...IO_PATHS }, { Output: ANY }));
}
