import { Ajv, type SchemaObject, type ValidateFunction } from 'ajv';
import type { QueryLanguage, StateType } from '../types.js';
import { BRANCH_SCHEMA, MACHINE_SCHEMA, PROCESSOR_SCHEMA } from './block.js';
import { choiceSchema } from './choice.js';
import { failSchema } from './fail.js';
import { addAslVocabulary } from './keywords.js';
import { mapSchema } from './map.js';
import { parallelSchema } from './parallel.js';
import { passSchema } from './pass.js';
import { succeedSchema } from './succeed.js';
import { taskSchema } from './task.js';
import { waitSchema } from './wait.js';

/** The compiled validators: one per block kind, and one per state type and query language. */
export interface AslValidators {
  readonly machine: ValidateFunction;
  readonly branch: ValidateFunction;
  readonly processor: ValidateFunction;
  readonly state: Readonly<Record<StateType, Readonly<Record<QueryLanguage, ValidateFunction>>>>;
}

const BUILDERS: Record<StateType, (lang: QueryLanguage) => SchemaObject> = {
  Task: taskSchema,
  Wait: waitSchema,
  Pass: passSchema,
  Succeed: succeedSchema,
  Fail: failSchema,
  Choice: choiceSchema,
  Parallel: parallelSchema,
  Map: mapSchema,
};

let compiled: AslValidators | undefined;

/**
 * The ASL schemas compiled once per process, on first use: ajv compiles to code, which costs a few
 * milliseconds per schema, and validating afterwards is cheap.
 */
export function aslValidators(): AslValidators {
  if (compiled !== undefined) return compiled;
  // ownProperties: a field is only what the definition itself holds, never an inherited `constructor`
  const ajv = new Ajv({ allErrors: true, strict: false, ownProperties: true });
  addAslVocabulary(ajv);
  const state = {} as Record<StateType, Record<QueryLanguage, ValidateFunction>>;
  for (const [type, build] of Object.entries(BUILDERS) as [StateType, (lang: QueryLanguage) => SchemaObject][]) {
    state[type] = { JSONPath: ajv.compile(build('JSONPath')), JSONata: ajv.compile(build('JSONata')) };
  }
  compiled = { machine: ajv.compile(MACHINE_SCHEMA), branch: ajv.compile(BRANCH_SCHEMA), processor: ajv.compile(PROCESSOR_SCHEMA), state };
  return compiled;
}
