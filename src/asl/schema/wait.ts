import type { SchemaObject } from 'ajv';
import type { QueryLanguage } from '../types.js';
import { ANY, BASE, byLanguage, integer, IO_PATHS, OBJECT, PATH, stateSchema, TRANSITION } from './common.js';

/** Wait (ASL-REFERENCE §1.7); "exactly one of" is a semantic rule. */
export function waitSchema(lang: QueryLanguage): SchemaObject {
  return stateSchema(
    [],
    byLanguage(
      lang,
      {
        ...BASE,
        ...TRANSITION,
        Assign: OBJECT,
        Seconds: integer(0, 99_999_999, lang),
        Timestamp: { type: 'string', format: lang === 'JSONata' ? 'timestamp-or-jsonata' : 'timestamp' },
      },
      { ...IO_PATHS, SecondsPath: PATH, TimestampPath: PATH },
      { Output: ANY },
    ),
  );
}
