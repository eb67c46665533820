import type { Json, JsonObject } from '../../../src/asl/json.js';
import { StatesError } from '../../../src/asl/states-error.js';
import { createRandom } from '../../../src/clock/random.js';
import {
  compileJsonata,
  evaluateJsonata,
  queryEvaluationLocation,
  type JsonataEnvironment,
  type JsonataLimits,
} from '../../../src/query/jsonata.js';

/** 2024-01-01T00:00:00.000Z: the virtual "now" of every test environment. */
export const NOW = Date.UTC(2024, 0, 1);

export interface EnvOptions {
  readonly input?: Json;
  readonly context?: JsonObject;
  readonly result?: Json;
  readonly errorOutput?: Json;
  readonly variables?: Record<string, Json>;
  readonly now?: number;
  readonly seed?: number;
}

export function env(options: EnvOptions = {}): JsonataEnvironment {
  const states: JsonObject = { input: options.input ?? {}, context: options.context ?? {} };
  if (options.result !== undefined) states['result'] = options.result;
  if (options.errorOutput !== undefined) states['errorOutput'] = options.errorOutput;
  return {
    states,
    variables: options.variables ?? {},
    now: options.now ?? NOW,
    random: createRandom(options.seed ?? 1),
  };
}

/** Compiles `value` for `field` and evaluates it once. */
export function evaluate(value: Json, options: EnvOptions = {}, field = 'Output', limits?: JsonataLimits): Promise<Json> {
  return evaluateJsonata(compileJsonata(value, field, limits), env(options));
}

/** What a failed evaluation reports: AWS's error name, cause and field path (`location`). */
export interface Failure {
  readonly error: string | null;
  readonly cause: string | null;
  readonly location: string | undefined;
}

export async function failure(value: Json, options: EnvOptions = {}, field = 'Output', limits?: JsonataLimits): Promise<Failure> {
  try {
    const result = await evaluate(value, options, field, limits);
    throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  } catch (e) {
    if (!(e instanceof StatesError)) throw e;
    return { error: e.error, cause: e.causeText, location: queryEvaluationLocation(e) };
  }
}

/** The cause AWS words when an expression throws: the part after "threw an error during evaluation. ". */
export async function thrown(expression: string, options: EnvOptions = {}): Promise<string | null> {
  const { cause } = await failure(`{% ${expression} %}`, options);
  const marker = 'threw an error during evaluation. ';
  if (cause === null || !cause.includes(marker)) throw new Error(`not a thrown error: ${cause}`);
  return cause.slice(cause.indexOf(marker) + marker.length);
}
