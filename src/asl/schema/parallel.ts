import type { SchemaObject } from 'ajv';
import type { QueryLanguage } from '../types.js';
import {
  ANY,
  BASE,
  byLanguage,
  errorHandling,
  IO_PATHS,
  NULLABLE_PATH,
  OBJECT,
  OBJECT_OR_JSONATA,
  stateSchema,
  TRANSITION,
} from './common.js';

/**
 * Parallel (ASL-REFERENCE §1.9). Each branch is a `{StartAt, States}` block, checked with the block
 * schema as the validator walks into it; an empty list is "Value cannot be empty".
 */
export function parallelSchema(lang: QueryLanguage): SchemaObject {
  return stateSchema(
    ['Branches'],
    byLanguage(
      lang,
      { ...BASE, ...TRANSITION, ...errorHandling(lang), Assign: OBJECT, Branches: { type: 'array', minItems: 1, items: OBJECT } },
      { ...IO_PATHS, Parameters: ANY, ResultSelector: ANY, ResultPath: NULLABLE_PATH },
      { Arguments: OBJECT_OR_JSONATA, Output: ANY },
    ),
  );
}
