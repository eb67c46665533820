import type { Json } from '../../../src/asl/json.js';
import { StatesError } from '../../../src/asl/states-error.js';
import { createRandom, type Random } from '../../../src/clock/random.js';
import { compileIntrinsic, evaluateIntrinsic } from '../../../src/query/intrinsics/index.js';
import type { PathScope } from '../../../src/query/path-scope.js';

export interface ScopeOptions {
  readonly context?: Json;
  readonly variables?: Readonly<Record<string, Json>>;
  readonly random?: Random;
}

export function scopeOf(input: Json, options: ScopeOptions = {}): PathScope {
  return {
    input,
    context: () => options.context ?? {},
    variable: (name) => (options.variables && Object.hasOwn(options.variables, name) ? options.variables[name] : undefined),
  };
}

/** Compiles and evaluates `text` as the value of `FunctionResult.$`, like the recorded AWS cases do. */
export function evaluate(text: string, input: Json = {}, options: ScopeOptions = {}): Json {
  return evaluateIntrinsic(compileIntrinsic(text), scopeOf(input, options), options.random ?? createRandom(1), 'FunctionResult.$');
}

/** The error and cause a failing evaluation throws; fails the test if it does not throw a StatesError. */
export function failure(text: string, input: Json = {}, options: ScopeOptions = {}): { error: string | null; cause: string | null } {
  try {
    evaluate(text, input, options);
  } catch (error) {
    if (error instanceof StatesError) return { error: error.error, cause: error.causeText };
    throw error;
  }
  throw new Error(`expected ${text} to fail`);
}
