import type { SchemaObject } from 'ajv';
import type { QueryLanguage } from '../types.js';
import { ANY, BASE, BOOLEAN, byLanguage, IO_PATHS, OBJECT, PATH, type Properties, stateSchema, STRING } from './common.js';

const COMPARED = ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'];

/** Every data-test operator (ASL-REFERENCE §1.6) with the type of its operand. */
function operators(): Properties {
  const ops: Properties = { StringMatches: STRING, IsNull: BOOLEAN, IsPresent: BOOLEAN, IsNumeric: BOOLEAN, IsString: BOOLEAN };
  ops['IsBoolean'] = BOOLEAN;
  ops['IsTimestamp'] = BOOLEAN;
  for (const c of COMPARED) {
    ops[`String${c}`] = STRING;
    ops[`Numeric${c}`] = { type: 'number' };
    ops[`Timestamp${c}`] = STRING;
    for (const family of ['String', 'Numeric', 'Timestamp']) ops[`${family}${c}Path`] = PATH;
  }
  ops['BooleanEquals'] = BOOLEAN;
  ops['BooleanEqualsPath'] = PATH;
  return ops;
}

/** JSONPath-only rule fields (§3.4: forbidden in JSONata). */
function jsonPathRule(): Properties {
  const nested = { $ref: '#/$defs/nestedRule' };
  return {
    Variable: STRING,
    ...operators(),
    And: { type: 'array', minItems: 1, items: nested },
    Or: { type: 'array', minItems: 1, items: nested },
    Not: nested,
  };
}

/**
 * Choice (§1.6). A top-level rule carries `Next`; JSONPath rules are data tests or And/Or/Not
 * (nested rules have no `Next`); JSONata rules have a `Condition`. "Exactly one operator" is checked
 * by the compiler, which parses the rule anyway.
 */
export function choiceSchema(lang: QueryLanguage): SchemaObject {
  const jsonPath = jsonPathRule();
  const jsonata: Properties = { Condition: { type: ['boolean', 'string'], format: 'jsonata' }, Output: ANY };
  const rule: SchemaObject = {
    type: 'object',
    required: lang === 'JSONata' ? ['Next', 'Condition'] : ['Next'],
    additionalProperties: false,
    properties: byLanguage(lang, { Next: STRING, Comment: STRING, Assign: OBJECT }, jsonPath, jsonata),
  };
  const schema = stateSchema(
    ['Choices'],
    byLanguage(lang, { ...BASE, Assign: OBJECT, Choices: { type: 'array', minItems: 1, items: rule }, Default: STRING }, IO_PATHS, {
      Output: ANY,
    }),
  );
  return {
    ...schema,
    $defs: { nestedRule: { type: 'object', additionalProperties: false, properties: { Comment: STRING, ...jsonPath } } },
  };
}
