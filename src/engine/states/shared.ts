import type { Json, JsonObject } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import { jsonataUnexpectedType, type CompiledJsonata } from '../../query/jsonata.js';
import { evaluatePath, type CompiledPath } from '../../query/jsonpath.js';
import type { CompiledTemplate } from '../../query/payload-template.js';
import type { CompiledAssign, NumberSource } from '../compiled.js';
import { applyResultPath, selectPath } from '../dataflow.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { Frame, MapItem } from '../runtime.js';

/** What a state's own work produced: its output, where to go (Choice), and the variables it assigns. */
export interface StateWorkResult {
  readonly output: Json;
  readonly next?: string;
  readonly assigned?: JsonObject | undefined;
}

/** InputPath, then Parameters when the state has them: the effective input (§2.1). */
export function effectiveInput(
  ex: Execution,
  frame: Frame,
  raw: Json,
  inputPath: CompiledPath | null | undefined,
  parameters: CompiledTemplate | undefined,
  mapItem?: MapItem,
): Json {
  const selected = inputPath === undefined ? raw : selectPath(inputPath, ex.scope(frame, raw));
  return parameters === undefined ? selected : parameters(ex.scope(frame, selected, mapItem), ex.random);
}

/**
 * What a Task or Parallel works on: JSONata `Arguments` (default: the state input), or JSONPath
 * InputPath then Parameters (§2.1, §3.4).
 */
export function* workInput(
  ex: Execution,
  frame: Frame,
  raw: Json,
  state: {
    readonly lang: string;
    readonly arguments: CompiledJsonata | undefined;
    readonly inputPath: CompiledPath | null | undefined;
    readonly parameters: CompiledTemplate | undefined;
  },
): FiberBody<Json> {
  if (state.lang !== 'JSONata') return effectiveInput(ex, frame, raw, state.inputPath, state.parameters);
  return state.arguments === undefined ? raw : yield* ex.jsonata(state.arguments, frame, ex.statesBinding(frame, raw));
}

interface JsonPathResultFields {
  readonly resultSelector?: CompiledTemplate | undefined;
  readonly resultPath: CompiledPath | null | undefined;
  readonly outputPath: CompiledPath | null | undefined;
  readonly assign: CompiledAssign | undefined;
}

/**
 * JSONPath end of a state: ResultSelector (over the raw result), ResultPath (into the raw input),
 * OutputPath, and Assign with `$` = `assignInput` (the result, or the effective input for Choice/Wait, §4.1).
 */
export function finishJsonPath(
  ex: Execution,
  frame: Frame,
  raw: Json,
  result: Json,
  state: JsonPathResultFields,
  assignInput: Json,
): StateWorkResult {
  const selected = state.resultSelector === undefined ? result : state.resultSelector(ex.scope(frame, result), ex.random);
  const placed = applyResultPath(raw, state.resultPath, selected);
  const output = state.outputPath === undefined ? placed : selectPath(state.outputPath, ex.scope(frame, placed));
  return { output, assigned: ex.assignJsonPath(state.assign, frame, assignInput) };
}

/**
 * JSONata end of a state: `Output` (else `fallback`: the result for Task/Map/Parallel, the input
 * otherwise) and `Assign`, both against the variables as they were at state entry (§3.5).
 */
export function* finishJsonata(
  ex: Execution,
  frame: Frame,
  raw: Json,
  state: { readonly output: CompiledJsonata | undefined; readonly assign: CompiledAssign | undefined },
  result: Json | undefined,
  fallback: Json,
): FiberBody<StateWorkResult> {
  const states = (): JsonObject => ex.statesBinding(frame, raw, result === undefined ? undefined : { result });
  const output = state.output === undefined ? fallback : yield* ex.jsonata(state.output, frame, states());
  const assigned = yield* ex.evaluateAssign(state.assign, frame, raw, states);
  return { output, assigned };
}

/**
 * Resolves a number field given literally, through its `*Path` twin, or as a JSONata expression. A
 * path value that is not an integer gets AWS's wording
 * (`The MaxConcurrencyPath field refers to value "x" which is not a valid integer: $.p`).
 */
export function* resolveNumber(
  ex: Execution,
  frame: Frame,
  input: Json,
  source: NumberSource | undefined,
  integer = true,
): FiberBody<number | undefined> {
  if (source === undefined) return undefined;
  if (source.kind === 'literal') return source.value;
  if (source.kind === 'jsonata') {
    const value = yield* ex.jsonata(source.value, frame, ex.statesBinding(frame, input));
    if (typeof value !== 'number' || (integer && !Number.isInteger(value))) {
      throw jsonataUnexpectedType(source.value, integer ? 'integer' : 'number', value);
    }
    return value;
  }
  const r = evaluatePath(source.path, ex.scope(frame, input));
  if (!r.found) throw new StatesError('States.Runtime', `Invalid path '${source.path.text}' : ${r.message}`);
  // AWS parses a numeric string ("1") read through a path, and rejects anything else (recorded cases)
  const value = typeof r.value === 'string' && NUMERIC.test(r.value.trim()) ? Number(r.value) : r.value;
  if (typeof value !== 'number' || (integer && !Number.isInteger(value))) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    throw new StatesError(
      'States.Runtime',
      `The ${source.field} field refers to value "${shown}" which is not a valid ${integer ? 'integer' : 'number'}: ${source.path.text}`,
    );
  }
  return value;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;
