import type { SchemaObject } from 'ajv';
import type { QueryLanguage } from '../types.js';
import {
  ANY,
  BASE,
  byLanguage,
  errorHandling,
  integer,
  IO_PATHS,
  NULLABLE_PATH,
  OBJECT,
  OBJECT_OR_JSONATA,
  PATH,
  stateSchema,
  STRING,
  TRANSITION,
} from './common.js';

const MAX = 99_999_999;

/**
 * `Credentials` (ASL-REFERENCE §1.5): `RoleArn`, or `RoleArn.$` in JSONPath. AWS reports a missing
 * RoleArn as "The field 'RoleArn' is required but was missing".
 */
function credentials(lang: QueryLanguage): SchemaObject {
  if (lang === 'JSONata') return { type: 'object', required: ['RoleArn'], additionalProperties: false, properties: { RoleArn: STRING } };
  return {
    type: 'object',
    additionalProperties: false,
    properties: { RoleArn: STRING, 'RoleArn.$': STRING },
    if: { required: ['RoleArn.$'] },
    else: { required: ['RoleArn'] },
  };
}

/** Task (ASL-REFERENCE §1.5). */
export function taskSchema(lang: QueryLanguage): SchemaObject {
  return stateSchema(
    ['Resource'],
    byLanguage(
      lang,
      {
        ...BASE,
        ...TRANSITION,
        ...errorHandling(lang),
        Assign: OBJECT,
        Resource: STRING,
        TimeoutSeconds: integer(1, MAX, lang),
        HeartbeatSeconds: integer(1, MAX, lang),
        Credentials: credentials(lang),
      },
      {
        ...IO_PATHS,
        Parameters: ANY,
        ResultSelector: ANY,
        ResultPath: NULLABLE_PATH,
        TimeoutSecondsPath: PATH,
        HeartbeatSecondsPath: PATH,
      },
      { Arguments: OBJECT_OR_JSONATA, Output: ANY },
    ),
  );
}
