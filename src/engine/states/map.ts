import { toJsonText, type Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import { jsonataUnexpectedType } from '../../query/jsonata.js';
import { evaluatePath } from '../../query/jsonpath.js';
import type { CompiledMap } from '../compiled.js';
import { selectPath } from '../dataflow.js';
import { runChildren } from '../children.js';
import type { BlockOutcome, Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { ActiveState, ChildRun, Frame } from '../runtime.js';
import { finishJsonata, finishJsonPath, resolveNumber, type StateWorkResult } from './shared.js';

/** AWS runs at most 40 inline iterations at once (§1.10). */
const INLINE_CONCURRENCY = 40;
const DISTRIBUTED_CONCURRENCY = 10_000;

/**
 * Map: one iteration per item of ItemsPath, shaped by ItemSelector, run on MaxConcurrency workers.
 * Path entries are qualified `Name[i].Inner` (item i). A distributed Map's iterations are child
 * executions: they run the same way but their events stay out of this history (§1.10, §7.3).
 */
export function* runMap(ex: Execution, state: CompiledMap, raw: Json, frame: Frame, active: ActiveState): FiberBody<StateWorkResult> {
  const jsonata = state.lang === 'JSONata';
  const input = jsonata ? raw : selectPath(state.inputPath, ex.scope(frame, raw));
  const items = yield* readItems(ex, state, input, frame);
  const maxConcurrency = (yield* resolveNumber(ex, frame, input, state.maxConcurrency)) ?? 0;
  const limit = state.distributed ? DISTRIBUTED_CONCURRENCY : INLINE_CONCURRENCY;
  ex.event(frame, 'MapStateStarted', { length: items.length });
  // AWS: the tolerated-failure fields are read after MapStateStarted, MaxConcurrency before it (recorded histories)
  const toleratedCount = yield* resolveNumber(ex, frame, input, state.toleratedFailureCount);
  if (toleratedCount !== undefined && toleratedCount < 0)
    throw new StatesError(errorName(state), 'ToleratedFailureCount cannot be negative.');
  const toleratedPercentage = yield* resolveNumber(ex, frame, input, state.toleratedFailurePercentage, false);
  if (toleratedPercentage !== undefined && (toleratedPercentage < 0 || toleratedPercentage > 100)) {
    throw new StatesError(errorName(state), 'ToleratedFailurePercentage must be between 0 and 100.');
  }
  let mapRunStarted: number | undefined;
  if (state.distributed) {
    const label = state.label ?? ex.random.uuid();
    mapRunStarted = ex.event(frame, 'MapRunStarted', {
      mapRunArn: `${ex.identity.stateMachineArn.replace(':stateMachine:', ':mapRun:')}/${label}:${ex.random.uuid()}`,
    });
  }
  const jobs = items.map(
    (item, index) => (child: Frame, run: ChildRun, lastOfWorker: boolean) =>
      iteration(ex, state, input, item, index, child, run, lastOfWorker, frame),
  );
  const tolerate = (failures: number): boolean =>
    (toleratedCount !== undefined && failures <= toleratedCount) ||
    (toleratedPercentage !== undefined && (failures * 100) / items.length <= toleratedPercentage);
  const thresholds = toleratedCount !== undefined || toleratedPercentage !== undefined;
  const { outputs, failure } = yield* runChildren(ex, frame, active, jobs, {
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
  // AWS (Nov 2024 and later recordings): a distributed Map's MapStateExited points at MapRunStarted
  if (mapRunStarted !== undefined && !frame.silent) frame.source = mapRunStarted;
  if (jsonata) return yield* finishJsonata(ex, frame, raw, state, outputs, outputs);
  return finishJsonPath(ex, frame, raw, outputs, state, outputs);
}

function errorName(state: CompiledMap): string {
  return state.lang === 'JSONata' ? 'States.QueryEvaluationError' : 'States.Runtime';
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
  const mapItem = { index, value: item };
  try {
    if (state.itemSelectorJsonata !== undefined) {
      input = yield* ex.jsonata(state.itemSelectorJsonata, parent, ex.statesBinding(parent, mapInput, undefined, mapItem));
    } else {
      input = state.itemSelector === undefined ? item : state.itemSelector(ex.scope(parent, mapInput, mapItem), ex.random);
    }
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

function* readItems(ex: Execution, state: CompiledMap, input: Json, frame: Frame): FiberBody<Json[]> {
  let items: Json = input;
  if (state.items !== undefined) {
    items = yield* ex.jsonata(state.items, frame, ex.statesBinding(frame, input));
    if (!Array.isArray(items)) {
      throw jsonataUnexpectedType(state.items, 'array', items);
    }
    return items;
  }
  if (state.itemsPath !== undefined) {
    const r = evaluatePath(state.itemsPath, ex.scope(frame, input));
    if (!r.found) throw new StatesError('States.Runtime', `Invalid path '${state.itemsPath.text}' : ${r.message}`);
    items = r.value;
  }
  if (!Array.isArray(items)) {
    throw new StatesError(errorName(state), `Map state input must be an array but was: ${toJsonText(items)}`);
  }
  return items;
}

function errorDetails(error: StatesError): { error?: string; cause?: string } {
  const details: { error?: string; cause?: string } = {};
  if (error.error !== null) details.error = error.error;
  if (error.causeText !== null) details.cause = error.causeText;
  return details;
}
