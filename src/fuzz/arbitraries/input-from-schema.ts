import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import type { Json } from '../../asl/json.js';
import { UsageError } from '../../engine/errors.js';

/** A JSON Schema (draft 7 / 2019 subset) as a plain object. */
export type JsonSchema = { readonly [keyword: string]: unknown } | boolean;

const MAX_ITEMS = 5;
const ajvs = new WeakMap<object, ValidateFunction>();

/** The schema compiled once by ajv (cached per schema object). */
export function schemaValidator(schema: JsonSchema): ValidateFunction {
  const key = typeof schema === 'boolean' ? (schema ? TRUE : FALSE) : schema;
  let validate = ajvs.get(key);
  if (validate === undefined) {
    try {
      validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    } catch (e) {
      throw new UsageError(`the JSON Schema does not compile: ${(e as Error).message}`);
    }
    ajvs.set(key, validate);
  }
  return validate;
}
const TRUE = {};
const FALSE = { not: {} };

/**
 * An arbitrary of execution inputs valid against a JSON Schema. It understands `type`, `properties`,
 * `required`, `additionalProperties: false`, `items`, `minItems`/`maxItems`, `enum`, `const`,
 * `minimum`/`maximum` (and the exclusive forms), `minLength`/`maxLength`, `anyOf`/`oneOf` and local
 * `pattern` (through `fc.stringMatching`) and local `$ref`s to `#/definitions/…` or `#/$defs/…`; anything else
 * (`format`, lengths of patterned strings…) is met by filtering: every value is checked by ajv, compiled once. Values shrink toward small ones.
 * @example
 * import { inputFromSchema } from 'sfn-sim/fuzz';
 * const orders = inputFromSchema({ type: 'object', required: ['amount'], properties: { amount: { type: 'integer', minimum: 1 } } });
 */
export function inputFromSchema(schema: JsonSchema): fc.Arbitrary<Json> {
  const validate = schemaValidator(schema);
  return build(schema, schema, 0).filter((value) => validate(value) === true);
}

function build(schema: JsonSchema, root: JsonSchema, depth: number): fc.Arbitrary<Json> {
  if (schema === true) return anyJson(depth);
  if (schema === false) throw new UsageError('the JSON Schema accepts no value (false)');
  const s = schema as Record<string, unknown>;
  if (typeof s['$ref'] === 'string') return build(resolveRef(s['$ref'], root), root, depth);
  if ('const' in s) return fc.constant(s['const'] as Json);
  if (Array.isArray(s['enum'])) return fc.constantFrom(...(s['enum'] as Json[]));
  const alternatives = (s['anyOf'] ?? s['oneOf']) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives)) return fc.oneof(...alternatives.map((a) => build(a, root, depth)));
  const type = s['type'];
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => build({ ...s, type: t as string }, root, depth)));
  switch (type ?? guessType(s)) {
    case 'object':
      return objectOf(s, root, depth);
    case 'array':
      return fc.array(s['items'] === undefined ? anyJson(depth + 1) : build(s['items'] as JsonSchema, root, depth + 1), {
        minLength: num(s['minItems']) ?? 0,
        maxLength: num(s['maxItems']) ?? Math.max(num(s['minItems']) ?? 0, MAX_ITEMS),
      });
    case 'string':
      if (typeof s['pattern'] === 'string') return fc.stringMatching(new RegExp(s['pattern'], 'u'));
      return fc.string({ minLength: num(s['minLength']) ?? 0, maxLength: num(s['maxLength']) ?? Math.max(num(s['minLength']) ?? 0, 10) });
    case 'integer':
      return fc.integer(bounds(s, true));
    case 'number':
      return fc.oneof(fc.integer(bounds(s, true)), fc.double({ ...bounds(s, false), noNaN: true, noDefaultInfinity: true }));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return anyJson(depth);
  }
}

function objectOf(s: Record<string, unknown>, root: JsonSchema, depth: number): fc.Arbitrary<Json> {
  const properties = (s['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(s['required']) ? (s['required'] as string[]) : []);
  const model: Record<string, fc.Arbitrary<Json>> = {};
  for (const [key, sub] of Object.entries(properties)) model[key] = build(sub, root, depth + 1);
  for (const key of required) model[key] ??= anyJson(depth + 1);
  // only the declared keys: valid whatever additionalProperties says
  return fc.record(model, { requiredKeys: [...required] }) as fc.Arbitrary<Json>;
}

function bounds(s: Record<string, unknown>, integer: boolean): { min: number; max: number } {
  const step = integer ? 1 : Number.EPSILON;
  const lower = num(s['minimum']) ?? (num(s['exclusiveMinimum']) === undefined ? undefined : (num(s['exclusiveMinimum']) as number) + step);
  const upper = num(s['maximum']) ?? (num(s['exclusiveMaximum']) === undefined ? undefined : (num(s['exclusiveMaximum']) as number) - step);
  const min = lower === undefined ? (upper === undefined ? -1000 : upper - 1000) : integer ? Math.ceil(lower) : lower;
  const max = upper === undefined ? min + 2000 : integer ? Math.floor(upper) : upper;
  return { min, max };
}

function guessType(s: Record<string, unknown>): string | undefined {
  if ('properties' in s || 'required' in s) return 'object';
  if ('items' in s) return 'array';
  return undefined;
}

function anyJson(depth: number): fc.Arbitrary<Json> {
  return (
    depth > 2 ? fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null)) : fc.jsonValue({ maxDepth: 2 })
  ) as fc.Arbitrary<Json>;
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema {
  const match = /^#\/(definitions|\$defs)\/(.+)$/.exec(ref);
  const target =
    match === null || typeof root === 'boolean'
      ? undefined
      : (root[match[1] as string] as Record<string, JsonSchema> | undefined)?.[match[2] as string];
  if (target === undefined) throw new UsageError(`the JSON Schema's $ref '${ref}' is not a local #/definitions or #/$defs reference`);
  return target;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
