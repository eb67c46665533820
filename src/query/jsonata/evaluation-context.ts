import type { Json, JsonObject } from '../../asl/json.js';
import type { Random } from '../../clock/random.js';
import { jsonataError } from './errors.js';
import { isJsonataFunction } from './to-json.js';

/** What one evaluation sees: `$states`, the workflow variables, virtual time and seeded randomness. */
export interface JsonataEnvironment {
  /** `$states`: `{input, context, result?, errorOutput?}`, only the keys that apply (ASL-REFERENCE §3.3). */
  readonly states: JsonObject;
  /** Workflow variables visible to the state (name -> value), bound as `$name`. */
  readonly variables: Readonly<Record<string, Json>>;
  /** Virtual time in epoch ms: `$now()` and `$millis()` read it, never the real clock. */
  readonly now: number;
  /** Seeded randomness: `$random()` without a seed and `$uuid()` draw from it. */
  readonly random: Random;
}

/** Bounds that stop a runaway expression (infinite recursion or a huge loop) instead of hanging the process. */
export interface JsonataLimits {
  /**
   * Most JSONata evaluation steps in progress at once. Each level of a recursive call keeps about three
   * steps open, so endless non-tail recursion stops here (at about 100 MB) instead of exhausting memory.
   * JSONata also evaluates the groups of an object constructor concurrently (`items{name: price}` keeps
   * two steps open per distinct key), so this counts concurrent steps, not only nesting.
   * @defaultValue 50000
   */
  readonly maxPendingSteps: number;
  /**
   * Most JSONata evaluation steps in one evaluation: stops tail-recursive endless loops deterministically
   * (a wall-clock limit would make runs depend on machine speed). A step costs about 0.6 µs, and
   * `$map` spends 3 steps per item.
   * @defaultValue 5000000
   */
  readonly maxSteps: number;
}

/**
 * The limits every compiled expression gets unless `compileJsonata` is given others.
 *
 * @example
 * ```ts
 * compileJsonata(value, 'Output', { ...DEFAULT_JSONATA_LIMITS, maxSteps: 100_000 });
 * ```
 */
export const DEFAULT_JSONATA_LIMITS: JsonataLimits = { maxPendingSteps: 50_000, maxSteps: 5_000_000 };

/**
 * The per-evaluation state the custom functions and guards read. It is bound in the evaluation's own
 * JSONata frame under a name JSONata's grammar cannot spell (it contains spaces), so expressions cannot
 * reach it, and concurrent evaluations of one compiled expression never share it.
 */
export interface EvaluationContext {
  readonly env: JsonataEnvironment;
  readonly limits: JsonataLimits;
  /** Steps entered and not yet left. */
  pending: number;
  /** Steps entered so far. */
  steps: number;
}

/** The binding name of the context: not a valid JSONata name, so `$...` can never refer to it. */
export const CONTEXT_BINDING = ' sfn-sim evaluation context ';

/** What JSONata passes as `this` to a registered function, and as the environment to its callbacks. */
export interface JsonataFrame {
  lookup(name: string | symbol): unknown;
}

export function contextOf(frame: JsonataFrame): EvaluationContext {
  const context = frame.lookup(CONTEXT_BINDING) as EvaluationContext | undefined;
  if (context === undefined) throw new Error('sfn-sim: JSONata function called outside an evaluation');
  return context;
}

/** The JSONata exerciser's wording for its recursion and time guards (code U1001). */
export const STACK_OVERFLOW = jsonataError(
  'U1001',
  'Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.',
);
export const EVALUATION_TIMEOUT = jsonataError('U1001', 'Expression evaluation timeout: Check for infinite loop');

/**
 * Counts steps on JSONata's `__evaluate_entry` hook.
 * It is synchronous: JSONata awaits it, which costs one microtask per step.
 */
export function onEvaluateEntry(_expr: unknown, _input: unknown, frame: JsonataFrame): void {
  const context = contextOf(frame);
  context.pending++;
  context.steps++;
  if (context.pending > context.limits.maxPendingSteps) throw STACK_OVERFLOW;
  if (context.steps > context.limits.maxSteps) throw EVALUATION_TIMEOUT;
}

/** JSONata's own code and wording for a reach into the JavaScript object prototype (transform operator). */
export const PROTOTYPE_ACCESS = jsonataError('D1010', 'Attempted to access the Javascript object prototype');

/**
 * Leaves a step, and stops a field lookup that found an inherited JavaScript property rather than data:
 * JSONata 2.0.6 evaluates `$states.input.__proto__.__defineGetter__(...)` against `Object.prototype`, which
 * would let an expression change every object in the process. Own keys named `constructor` or
 * `__proto__` in the data are still read normally.
 */
export function onEvaluateExit(expr: { type?: string; value?: unknown }, input: unknown, frame: JsonataFrame): void {
  contextOf(frame).pending--;
  if (expr.type === 'name' && readsInherited(input, expr.value as string)) throw PROTOTYPE_ACCESS;
}

/** True when JSONata's `lookup(input, key)` would return a property inherited from a prototype. */
export function readsInherited(input: unknown, key: string): boolean {
  if (Array.isArray(input)) return input.some((item) => readsInherited(item, key));
  // JSONata reads no fields of functions (its lookup returns undefined for them).
  if (typeof input !== 'object' || input === null || isJsonataFunction(input)) return false;
  return !Object.prototype.hasOwnProperty.call(input, key) && (input as Record<string, unknown>)[key] !== undefined;
}
