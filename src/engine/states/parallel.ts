import type { Json } from '../../asl/json.js';
import type { CompiledParallel } from '../compiled.js';
import { runChildren } from '../children.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { ActiveState, Frame } from '../runtime.js';
import { finishJsonata, finishJsonPath, workInput, type StateWorkResult } from './shared.js';

/**
 * Parallel: every branch gets the same effective input; the result lists branch outputs in Branches
 * order. A failing branch stops the others and its own error becomes the Parallel's (§1.9, §5.1).
 * Path entries are qualified `Name#i.Inner` (branch i).
 */
export function* runParallel(
  ex: Execution,
  state: CompiledParallel,
  raw: Json,
  frame: Frame,
  active: ActiveState,
): FiberBody<StateWorkResult> {
  const jsonata = state.lang === 'JSONata';
  const input = yield* workInput(ex, frame, raw, state);
  ex.event(frame, 'ParallelStateStarted');
  const jobs = state.branches.map((branch, i) => (child: Frame) => {
    child.prefix = `${frame.prefix}${state.name}#${i}.`;
    return ex.runBlock(branch, input, child);
  });
  const { outputs, failure } = yield* runChildren(ex, frame, active, jobs, { workers: jobs.length, silent: false, abortFailedTask: true });
  if (failure !== undefined) throw failure;
  ex.event(frame, 'ParallelStateSucceeded', undefined, false);
  if (jsonata) return yield* finishJsonata(ex, frame, raw, state, outputs, outputs);
  return finishJsonPath(ex, frame, raw, outputs, state, outputs);
}
