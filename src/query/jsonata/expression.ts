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

/** Parses and prepares one expression; throws `JsonataSyntaxError` naming the field. */
export function compileExpression(text: string, field: string, limits: JsonataLimits = DEFAULT_JSONATA_LIMITS): CompiledExpression {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(text);
  } catch (e) {
    const { code, position, message } = e as { code?: string; position?: number; message?: string };
    throw new JsonataSyntaxError(field, text, code ?? 'S0000', position, message ?? String(e));
  }
  for (const fn of awsFunctions(formatMillis)) {
    expression.registerFunction(fn.name, fn.implementation as unknown as JsonataImplementation, fn.signature);
  }
  // AWS: `$eval` is unavailable (ASL-REFERENCE §3.2): calling it fails like any unknown function (T1006).
  expression.assign('eval', undefined);
  const bindSymbol = expression.assign as (name: string | symbol, value: unknown) => void;
  bindSymbol(Symbol.for('jsonata.__evaluate_entry'), onEvaluateEntry);
  bindSymbol(Symbol.for('jsonata.__evaluate_exit'), onEvaluateExit);
  return { text, field, expression, limits };
}

/**
 * Evaluates against an empty root document (AWS: top-level `$` and bare field names find nothing), with
 * `$states`, each variable and the hidden per-evaluation context bound in this evaluation's own frame.
 * Rejects with `States.QueryEvaluationError` worded as AWS words it.
 */
export async function evaluateExpression(compiled: CompiledExpression, env: JsonataEnvironment): Promise<Json> {
  if (fromMillis === undefined) await fromMillisReady;
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
