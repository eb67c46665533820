import type { SchemaObject } from 'ajv';
import { integer, STRING } from './common.js';

const STATES: SchemaObject = { type: 'object', minProperties: 1 };

/** The top level of a state machine (ASL-REFERENCE §1.1). */
export const MACHINE_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['States', 'StartAt'],
  additionalProperties: false,
  properties: {
    StartAt: STRING,
    States: STATES,
    Comment: STRING,
    Version: { enum: ['1.0'] },
    TimeoutSeconds: integer(0, 99_999_999),
    QueryLanguage: { enum: ['JSONPath', 'JSONata'] },
  },
};

/** A Parallel branch or a legacy Map `Iterator`. */
export const BRANCH_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['States', 'StartAt'],
  additionalProperties: false,
  properties: { StartAt: STRING, States: STATES, Comment: STRING },
};

/** A Map `ItemProcessor`: a branch plus its ProcessorConfig (§1.10). */
export const PROCESSOR_SCHEMA: SchemaObject = {
  ...BRANCH_SCHEMA,
  properties: {
    ...(BRANCH_SCHEMA['properties'] as object),
    ProcessorConfig: {
      type: 'object',
      additionalProperties: false,
      properties: { Mode: { enum: ['INLINE', 'DISTRIBUTED'] }, ExecutionType: { enum: ['STANDARD', 'EXPRESS'] } },
    },
  },
};
