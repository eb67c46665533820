import jsonata from 'jsonata';
import type { Json } from '../../asl/json.js';
import { awsFunctions, type FromMillis } from './aws-functions.js';
import { JsonataSyntaxError, returnedNothing, threwDuringEvaluation, unsupportedResultType } from './errors.js';
import {
  CONTEXT_BINDING,
  DEFAULT_JSONATA_LIMITS,
  onEvaluateEntry,
  onEvaluateExit,
  type EvaluationContext,
  type JsonataEnvironment,
  type JsonataLimits,
} from './evaluation-context.js';
import { toJson } from './to-json.js';

/** One `{% %}` expression, parsed once, with AWS's functions registered once. */
export interface CompiledExpression {
  /** The text between `{%` and `%}`, trimmed: what AWS quotes in its causes. */
  readonly text: string;
  /** AWS's field path, e.g. `Output/result`. */
  readonly field: string;
  readonly expression: jsonata.Expression;
  readonly limits: JsonataLimits;
}

/**
 * JSONata's own `$fromMillis` implementation, read once from a throw-away expression: `$now(picture,
 * timezone)` must format exactly as JSONata does, but from virtual time.
 */
let fromMillis: FromMillis | undefined;
const fromMillisReady: Promise<FromMillis> = jsonata('$fromMillis')
  .evaluate(undefined)
  .then((fn: { implementation: FromMillis }) => (fromMillis = fn.implementation));

/** Calls the formatter, which is loaded before any evaluation can run (see `evaluateExpression`). */
const formatMillis: FromMillis = (millis, picture, timezone) => (fromMillis as FromMillis)(millis, picture, timezone);

type JsonataImplementation = Parameters<jsonata.Expression['registerFunction']>[1];

type Prepared = jsonata.Expression | { readonly code: string; readonly position: number | undefined; readonly message: string };

/**
 * Prepared expressions by text, shared by every definition in the process. JSONata rebuilds its
 * parser tables on every parse (about 0.1 ms an expression), and test suites construct the same
 * definitions again and again. A prepared expression holds no per-evaluation state (each
 * evaluation gets its own bindings), so sharing it is safe; the cache is bounded.
 */
const prepared = new Map<string, Prepared>();
const PREPARED_LIMIT = 10_000;

/** Parses and prepares one expression; throws `JsonataSyntaxError` naming the field. */
export function compileExpression(text: string, field: string, limits: JsonataLimits = DEFAULT_JSONATA_LIMITS): CompiledExpression {
  let entry = prepared.get(text);
  if (entry === undefined) {
    entry = prepare(text);
    if (prepared.size >= PREPARED_LIMIT) prepared.clear();
    prepared.set(text, entry);
  }
  if (!('evaluate' in entry)) throw new JsonataSyntaxError(field, text, entry.code, entry.position, entry.message);
  return { text, field, expression: entry, limits };
}

function prepare(text: string): Prepared {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(text);
  } catch (e) {
    const { code, position, message } = e as { code?: string; position?: number; message?: string };
    return { code: code ?? 'S0000', position, message: message ?? String(e) };
  }
  return expression;
}

/**
 * Expressions with AWS's functions registered. Registration parses every function signature again,
 * so it waits for an expression's first evaluation: validating a definition never pays for it.
 */
const withAwsFunctions = new WeakSet<jsonata.Expression>();

function registerAwsFunctions(expression: jsonata.Expression): void {
  withAwsFunctions.add(expression);
  for (const fn of awsFunctions(formatMillis)) {
    expression.registerFunction(fn.name, fn.implementation as unknown as JsonataImplementation, fn.signature);
  }
  // AWS: `$eval` is unavailable (ASL-REFERENCE §3.2): calling it fails like any unknown function (T1006).
  expression.assign('eval', undefined);
  const bindSymbol = expression.assign as (name: string | symbol, value: unknown) => void;
  bindSymbol(Symbol.for('jsonata.__evaluate_entry'), onEvaluateEntry);
  bindSymbol(Symbol.for('jsonata.__evaluate_exit'), onEvaluateExit);
}

/**
 * Evaluates against an empty root document (AWS: top-level `$` and bare field names find nothing), with
 * `$states`, each variable and the hidden per-evaluation context bound in this evaluation's own frame.
 * Rejects with `States.QueryEvaluationError` worded as AWS words it.
 */
export async function evaluateExpression(compiled: CompiledExpression, env: JsonataEnvironment): Promise<Json> {
  if (fromMillis === undefined) await fromMillisReady;
  if (!withAwsFunctions.has(compiled.expression)) registerAwsFunctions(compiled.expression);
  const context: EvaluationContext = { env, limits: compiled.limits, pending: 0, steps: 0 };
  const bindings: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const name of Object.keys(env.variables)) {
    // JSONata stores bindings in plain objects, where `__proto__` would re-parent its frame: never bind it.
    if (name !== '__proto__') bindings[name] = env.variables[name];
  }
  bindings['states'] = env.states;
  bindings[CONTEXT_BINDING] = context;
  let result: unknown;
  try {
    result = await compiled.expression.evaluate(undefined, bindings);
  } catch (e) {
    throw threwDuringEvaluation(compiled.text, compiled.field, e);
  }
  const json = toJson(result);
  if (json.ok) return json.value;
  throw json.reason === 'undefined' ? returnedNothing(compiled.text, compiled.field) : unsupportedResultType(compiled.text, compiled.field);
}
