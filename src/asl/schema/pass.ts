import type { SchemaObject } from 'ajv';
import type { QueryLanguage } from '../types.js';
import { ANY, BASE, byLanguage, IO_PATHS, NULLABLE_PATH, OBJECT, stateSchema, TRANSITION } from './common.js';

/** Pass (ASL-REFERENCE §1.4): `Result` in JSONPath, `Output` in JSONata. */
export function passSchema(lang: QueryLanguage): SchemaObject {
  return stateSchema(
    [],
    byLanguage(
      lang,
      { ...BASE, ...TRANSITION, Assign: OBJECT },
      { ...IO_PATHS, Parameters: ANY, Result: ANY, ResultPath: NULLABLE_PATH },
      { Output: ANY },
    ),
  );
}
