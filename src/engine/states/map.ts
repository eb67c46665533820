import { toJsonText, type Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import { evaluatePath } from '../../query/jsonpath.js';
import type { CompiledMap } from '../compiled.js';
import { selectPath } from '../dataflow.js';
import type { BlockOutcome, Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { ActiveState, ChildRun, Frame } from '../runtime.js';
import { resolveInteger, stateOutput, type StateWorkResult } from './shared.js';

/** AWS runs at most 40 inline iterations at once (§1.10). */
const INLINE_CONCURRENCY = 40;
const DISTRIBUTED_CONCURRENCY = 10_000;

/**
 * Map: one iteration per item of ItemsPath, shaped by ItemSelector, run on MaxConcurrency workers.
 * Path entries are qualified `Name[i].Inner` (item i). A distributed Map's iterations are child
 * executions: they run the same way but their events stay out of this history (§1.10, §7.3).
 */
export function* runMap(ex: Execution, state: CompiledMap, raw: Json, frame: Frame, active: ActiveState): FiberBody<StateWorkResult> {
  const input = selectPath(state.inputPath, ex.scope(frame, raw));
  const items = readItems(ex, state, input, frame);
  const maxConcurrency = resolveInteger(ex, frame, input, state.maxConcurrency) ?? 0;
  const toleratedCount = resolveInteger(ex, frame, input, state.toleratedFailureCount);
  if (toleratedCount !== undefined && toleratedCount < 0) throw new StatesError('States.Runtime', 'ToleratedFailureCount cannot be negative.');
  const toleratedPercentage = resolvePercentage(ex, frame, input, state);
  const limit = state.distributed ? DISTRIBUTED_CONCURRENCY : INLINE_CONCURRENCY;
  ex.event(frame, 'MapStateStarted', { length: items.length });
  if (state.distributed) {
    const label = state.label ?? ex.random.uuid();
    ex.event(frame, 'MapRunStarted', { mapRunArn: `${ex.identity.stateMachineArn.replace(':stateMachine:', ':mapRun:')}/${label}:${ex.random.uuid()}` });
  }
  const jobs = items.map((item, index) => (child: Frame, run: ChildRun, lastOfWorker: boolean) =>
    iteration(ex, state, input, item, index, child, run, lastOfWorker, frame),
  );
  const tolerate = (failures: number): boolean =>
    (toleratedCount !== undefined && failures <= toleratedCount) ||
    (toleratedPercentage !== undefined && (failures * 100) / items.length <= toleratedPercentage);
  const thresholds = toleratedCount !== undefined || toleratedPercentage !== undefined;
  const { outputs, failure } = yield* ex.fork(frame, active, jobs, {
    workers: maxConcurrency > 0 ? Math.min(maxConcurrency, limit) : limit,
    silent: state.distributed,
    ...(thresholds ? { tolerate } : {}),
  });
  let error = failure;
  if (error !== undefined && thresholds) {
    error = new StatesError('States.ExceedToleratedFailureThreshold', 'The specified tolerated failure threshold was exceeded');
  }
  if (state.distributed) {
    if (error === undefined) ex.event(frame, 'MapRunSucceeded');
    else ex.event(frame, 'MapRunFailed', errorDetails(error));
  }
  if (error !== undefined) throw error;
  ex.event(frame, 'MapStateSucceeded', undefined, false);
  return { output: stateOutput(ex, frame, raw, outputs, state) };
}

function* iteration(
  ex: Execution,
  state: CompiledMap,
  mapInput: Json,
  item: Json,
  index: number,
  child: Frame,
  run: ChildRun,
  lastOfWorker: boolean,
  parent: Frame,
): FiberBody<BlockOutcome> {
  child.prefix = `${parent.prefix}${state.name}[${index}].`;
  const details = { name: state.name, index };
  ex.event(child, 'MapIterationStarted', details);
  let input: Json;
  try {
    input = state.itemSelector === undefined ? item : state.itemSelector(ex.scope(parent, mapInput, { index, value: item }), ex.random);
  } catch (e) {
    if (e instanceof StatesError) return { ok: false, error: e };
    throw e;
  }
  const outcome = yield* ex.runBlock(state.processor, input, child);
  run.iteration = undefined;
  if (!outcome.ok) {
    ex.event(child, 'MapIterationFailed', details, false);
    return outcome;
  }
  // AWS: a worker's last successful iteration becomes the source for what follows (§7.4 rule 3)
  ex.event(child, 'MapIterationSucceeded', details, lastOfWorker);
  return outcome;
}

function readItems(ex: Execution, state: CompiledMap, input: Json, frame: Frame): Json[] {
  let items: Json = input;
  if (state.itemsPath !== undefined) {
    const r = evaluatePath(state.itemsPath, ex.scope(frame, input));
    if (!r.found) throw new StatesError('States.Runtime', `Invalid path '${state.itemsPath.text}' : ${r.message}`);
    items = r.value;
  }
  if (!Array.isArray(items)) {
    throw new StatesError('States.Runtime', `Map state input must be an array but was: ${toJsonText(items)}`);
  }
  return items;
}

function resolvePercentage(ex: Execution, frame: Frame, input: Json, state: CompiledMap): number | undefined {
  const source = state.toleratedFailurePercentage;
  if (source === undefined) return undefined;
  let value: Json;
  if (source.kind === 'literal') value = source.value;
  else {
    const r = evaluatePath(source.path, ex.scope(frame, input));
    if (!r.found) throw new StatesError('States.Runtime', `Invalid path '${source.path.text}' : ${r.message}`);
    value = r.value;
    if (typeof value !== 'number') {
      throw new StatesError('States.Runtime', `The ${source.field} field refers to value "${typeof value === 'string' ? value : JSON.stringify(value)}" which is not a valid number: ${source.path.text}`);
    }
  }
  if (value < 0 || value > 100) throw new StatesError('States.Runtime', 'ToleratedFailurePercentage must be between 0 and 100.');
  return value;
}

function errorDetails(error: StatesError): { error?: string; cause?: string } {
  const details: { error?: string; cause?: string } = {};
  if (error.error !== null) details.error = error.error;
  if (error.causeText !== null) details.cause = error.causeText;
  return details;
}
