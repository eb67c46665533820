import { setOwn, type Json, type JsonObject } from '../asl/json.js';
import type { StatesError } from '../asl/states-error.js';
import { JsonataSyntaxError, queryEvaluationLocation, unexpectedResultType } from './jsonata/errors.js';
import { DEFAULT_JSONATA_LIMITS, type JsonataEnvironment, type JsonataLimits } from './jsonata/evaluation-context.js';
import { compileExpression, evaluateExpression, type CompiledExpression } from './jsonata/expression.js';

export { JsonataSyntaxError, queryEvaluationLocation, DEFAULT_JSONATA_LIMITS };
export type { JsonataEnvironment, JsonataLimits };

/**
 * True for a string that is a whole JSONata expression: it starts with `{%` and ends with `%}`, with
 * nothing before or after (AWS: `" {% x %} "` is a literal string). ASL-REFERENCE §3.2.
 *
 * @example
 * ```ts
 * isJsonataExpression('{% $states.input.x %}'); // true
 * isJsonataExpression(' {% $states.input.x %}'); // false: a literal
 * ```
 */
export function isJsonataExpression(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 4 && value.startsWith('{%') && value.endsWith('%}');
}

/** A compiled field value: a literal, an expression, or an object/array with expressions inside. */
type Node =
  | { readonly kind: 'static'; readonly value: Json }
  | { readonly kind: 'expression'; readonly expression: CompiledExpression }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, Node])[] }
  | { readonly kind: 'array'; readonly items: readonly Node[] };

const ROOT = Symbol('root');

/**
 * A field value (any JSON: a literal, a `{% %}` string, or an object/array with such strings nested
 * anywhere) compiled once, at definition time.
 */
export interface CompiledJsonata {
  /** AWS's field path used in messages, e.g. `Output` or `Arguments`. */
  readonly field: string;
  /** True when the value holds no expression at all: `staticValue` returns it without evaluation. */
  readonly isStatic: boolean;
  /** The trimmed expression when the whole field is one `{% %}` string; `undefined` otherwise. */
  readonly expression: string | undefined;
  /** @internal */
  readonly [ROOT]: Node;
}

/**
 * Compiles a field value. Nested expressions get the field path extended with `/key` (or `/index` in
 * arrays): `Output/result`, `Arguments/FunctionName`, `Assign/varName`.
 *
 * @throws JsonataSyntaxError when an expression does not parse, naming the field, the expression and
 *   JSONata's error code and position.
 * @example
 * ```ts
 * const output = compileJsonata({ total: '{% $sum($states.input.prices) %}' }, 'Output');
 * await evaluateJsonata(output, env); // { total: 42 }
 * ```
 */
export function compileJsonata(value: Json, field: string, limits: JsonataLimits = DEFAULT_JSONATA_LIMITS): CompiledJsonata {
  const root = compileNode(value, field, limits);
  return {
    field,
    isStatic: root.kind === 'static',
    expression: root.kind === 'expression' ? root.expression.text : undefined,
    [ROOT]: root,
  };
}

function compileNode(value: Json, field: string, limits: JsonataLimits): Node {
  if (isJsonataExpression(value)) {
    return { kind: 'expression', expression: compileExpression(value.slice(2, -2).trim(), field, limits) };
  }
  if (Array.isArray(value)) {
    const items = value.map((item, index) => compileNode(item, `${field}/${index}`, limits));
    return items.every((item) => item.kind === 'static') ? { kind: 'static', value } : { kind: 'array', items };
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).map((key) => [key, compileNode(value[key] as Json, `${field}/${key}`, limits)] as const);
    return entries.every(([, node]) => node.kind === 'static') ? { kind: 'static', value } : { kind: 'object', entries };
  }
  return { kind: 'static', value };
}

/**
 * Evaluates a compiled field. Nested expressions are evaluated in document order and replaced by their
 * values; an expression that returns nothing is an error even when nested (AWS: `Output/result`).
 * Results share structure with `$states` and the definition: treat them as immutable.
 *
 * @throws StatesError `States.QueryEvaluationError` with AWS's cause (without the "An error occurred
 *   while executing the state..." prefix, which the engine adds); `queryEvaluationLocation(e)` is the field path.
 * @example
 * ```ts
 * await evaluateJsonata(compileJsonata('{% $states.input.x + 1 %}', 'Output'), {
 *   states: { input: { x: 1 }, context: {} }, variables: {}, now: 0, random: createRandom(1),
 * }); // 2
 * ```
 */
export function evaluateJsonata(compiled: CompiledJsonata, env: JsonataEnvironment): Promise<Json> {
  const root = compiled[ROOT];
  return root.kind === 'static' ? Promise.resolve(root.value) : evaluateNode(root, env);
}

async function evaluateNode(node: Node, env: JsonataEnvironment): Promise<Json> {
  switch (node.kind) {
    case 'static':
      return node.value;
    case 'expression':
      return evaluateExpression(node.expression, env);
    case 'array': {
      const items: Json[] = [];
      for (const item of node.items) items.push(await evaluateNode(item, env));
      return items;
    }
    case 'object': {
      const object: JsonObject = {};
      for (const [key, item] of node.entries) setOwn(object, key, await evaluateNode(item, env));
      return object;
    }
    default: {
      const unreachable: never = node;
      return unreachable;
    }
  }
}

/**
 * The value of a field that holds no expression, without a Promise; `undefined` when it has expressions.
 *
 * @example
 * ```ts
 * const items = compileJsonata([1, 2, 3], 'Items');
 * staticValue(items) ?? (await evaluateJsonata(items, env));
 * ```
 */
export function staticValue(compiled: CompiledJsonata): Json | undefined {
  const root = compiled[ROOT];
  return root.kind === 'static' ? root.value : undefined;
}

/**
 * The error for a field whose value has the wrong JSON type, worded as AWS words it:
 * `The JSONata expression '1' specified for the field 'Items' returned an unexpected result type.
 * Expected 'array', but was 'number' for value: 1`. For a field without a single expression, the
 * expression is shown as the field's JSON text.
 *
 * @example
 * ```ts
 * if (!Array.isArray(items)) throw jsonataUnexpectedType(compiledItems, 'array', items);
 * ```
 */
export function jsonataUnexpectedType(compiled: CompiledJsonata, expected: string, value: Json): StatesError {
  const root = compiled[ROOT];
  const text = compiled.expression ?? JSON.stringify(root.kind === 'static' ? root.value : value);
  return unexpectedResultType(text, compiled.field, expected, value);
}
