import type { Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import { evaluatePath } from '../../query/jsonpath.js';
import type { CompiledTemplate } from '../../query/payload-template.js';
import type { CompiledPath } from '../../query/jsonpath.js';
import type { NumberSource } from '../compiled.js';
import { applyResultPath, selectPath } from '../dataflow.js';
import type { Execution } from '../execution.js';
import type { Frame, MapItem } from '../runtime.js';

/** What a state's own work produced: its output (after ResultPath/OutputPath) and, for Choice, where to go. */
export interface StateWorkResult {
  readonly output: Json;
  readonly next?: string;
}

/** InputPath, then Parameters when the state has them: the effective input (§2.1). */
export function effectiveInput(ex: Execution, frame: Frame, raw: Json, inputPath: CompiledPath | null | undefined, parameters: CompiledTemplate | undefined, mapItem?: MapItem): Json {
  const selected = selectPath(inputPath, ex.scope(frame, raw));
  return parameters === undefined ? selected : parameters(ex.scope(frame, selected, mapItem), ex.random);
}

/** ResultSelector (over the raw result), ResultPath (into the raw input), OutputPath. */
export function stateOutput(
  ex: Execution,
  frame: Frame,
  raw: Json,
  result: Json,
  state: { readonly resultSelector?: CompiledTemplate | undefined; readonly resultPath: CompiledPath | null | undefined; readonly outputPath: CompiledPath | null | undefined },
): Json {
  const selected = state.resultSelector === undefined ? result : state.resultSelector(ex.scope(frame, result), ex.random);
  const placed = applyResultPath(raw, state.resultPath, selected);
  return selectPath(state.outputPath, ex.scope(frame, placed));
}

/**
 * Resolves a number field given literally or through its `*Path` twin. A path value that is not an
 * integer gets AWS's wording (`The MaxConcurrencyPath field refers to value "x" which is not a valid integer: $.p`).
 */
export function resolveInteger(ex: Execution, frame: Frame, input: Json, source: NumberSource | undefined): number | undefined {
  if (source === undefined) return undefined;
  if (source.kind === 'literal') return source.value;
  const r = evaluatePath(source.path, ex.scope(frame, input));
  if (!r.found) throw new StatesError('States.Runtime', `Invalid path '${source.path.text}' : ${r.message}`);
  const value = r.value;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    throw new StatesError('States.Runtime', `The ${source.field} field refers to value "${shown}" which is not a valid integer: ${source.path.text}`);
  }
  return value;
}
