import type { SchemaObject } from 'ajv';
import type { QueryLanguage } from '../types.js';

/**
 * Building blocks of the ASL JSON Schemas (ASL-REFERENCE §1, §3.4). Each state type's schema is
 * built per query language: the other language's fields are present as `false` schemas, so a
 * JSONPath field in a JSONata state is reported as "not supported in JSONata states" rather than as
 * an unknown field.
 */
export type Properties = Record<string, SchemaObject | boolean>;

/** Parameters of the `aslNumber` keyword (see keywords.ts). */
export interface AslNumber {
  readonly integer: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  /** A `{% %}` string is also accepted (JSONata states, §3.2). */
  readonly jsonata?: boolean;
}

/** An integer field in a range; numeric strings are accepted as Jackson does (docs/decisions.md). */
export function integer(minimum: number, maximum: number | undefined, lang?: QueryLanguage): SchemaObject {
  const n: AslNumber = { integer: true, minimum, ...(maximum === undefined ? {} : { maximum }), jsonata: lang === 'JSONata' };
  return { aslNumber: n };
}

/** A number field in a range. */
export function number(minimum: number, maximum: number | undefined, lang?: QueryLanguage): SchemaObject {
  const n: AslNumber = { integer: false, minimum, ...(maximum === undefined ? {} : { maximum }), jsonata: lang === 'JSONata' };
  return { aslNumber: n };
}

export const STRING: SchemaObject = { type: 'string' };
export const NON_EMPTY_STRING: SchemaObject = { type: 'string', minLength: 1 };
export const BOOLEAN: SchemaObject = { type: 'boolean' };
export const OBJECT: SchemaObject = { type: 'object' };
/** Any JSON value (Result, Output, payload templates: their insides are checked by the compiler). */
export const ANY: SchemaObject = {};
/** Paths are parsed by the compiler, which reports their syntax errors; null means `{}` / discard. */
export const PATH: SchemaObject = { type: 'string' };
export const NULLABLE_PATH: SchemaObject = { type: ['string', 'null'] };
/** A JSONata-only scalar field: a literal or a `{% %}` string. */
export const OBJECT_OR_JSONATA: SchemaObject = { type: ['object', 'string'], format: 'jsonata' };

const ERROR_EQUALS: SchemaObject = { type: 'array', minItems: 1, items: NON_EMPTY_STRING };
const MAX = 99_999_999;

/** A retrier (§1.11). */
export const RETRIER: SchemaObject = {
  type: 'object',
  required: ['ErrorEquals'],
  additionalProperties: false,
  properties: {
    ErrorEquals: ERROR_EQUALS,
    IntervalSeconds: integer(1, MAX),
    MaxAttempts: integer(0, MAX),
    BackoffRate: number(1, undefined),
    MaxDelaySeconds: integer(1, 31_622_400),
    JitterStrategy: { enum: ['FULL', 'NONE'] },
    Comment: STRING,
  },
};

/** A catcher (§1.12): `ResultPath` in JSONPath, `Output` in JSONata, `Assign` in both. */
export function catcher(lang: QueryLanguage): SchemaObject {
  return {
    type: 'object',
    required: ['ErrorEquals', 'Next'],
    additionalProperties: false,
    properties: byLanguage(
      lang,
      { ErrorEquals: ERROR_EQUALS, Next: STRING, Comment: STRING, Assign: OBJECT },
      { ResultPath: NULLABLE_PATH },
      { Output: ANY },
    ),
  };
}

/** `Retry` and `Catch`, on Task, Parallel and Map. */
export function errorHandling(lang: QueryLanguage): Properties {
  return { Retry: { type: 'array', items: RETRIER }, Catch: { type: 'array', items: catcher(lang) } };
}

/** Fields every state has. */
export const BASE: Properties = { Type: STRING, Comment: STRING, QueryLanguage: { enum: ['JSONPath', 'JSONata'] } };
/** `Next` / `End` (Task, Pass, Wait, Parallel, Map); their exclusivity is a semantic rule. */
export const TRANSITION: Properties = { Next: STRING, End: BOOLEAN };
/** `InputPath` / `OutputPath` (JSONPath, every state but Fail). */
export const IO_PATHS: Properties = { InputPath: NULLABLE_PATH, OutputPath: NULLABLE_PATH };

/**
 * Merges the fields of both languages with those of `lang`, and lists the other language's fields as
 * `false` so that using them is reported against the query language (§3.4).
 */
export function byLanguage(lang: QueryLanguage, both: Properties, jsonPath: Properties, jsonata: Properties): Properties {
  const own = lang === 'JSONata' ? jsonata : jsonPath;
  const other = lang === 'JSONata' ? jsonPath : jsonata;
  const out: Properties = {};
  for (const key of Object.keys(other)) if (!(key in both) && !(key in own)) out[key] = false;
  return { ...out, ...both, ...own };
}

/** A state schema: its fields, the required ones, and nothing else allowed. */
export function stateSchema(required: readonly string[], properties: Properties): SchemaObject {
  return { type: 'object', required: ['Type', ...required], additionalProperties: false, properties };
}
