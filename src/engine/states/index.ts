import type { Json } from '../../asl/json.js';
import type { CompiledState } from '../compiled.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { ActiveState, Frame } from '../runtime.js';
import { choiceJsonPath, runChoice } from './choice.js';
import { failJsonPath, runFail } from './fail.js';
import { runMap } from './map.js';
import { runParallel } from './parallel.js';
import { passJsonPath, runPass } from './pass.js';
import type { StateWorkResult } from './shared.js';
import { runSucceed, succeedJsonPath } from './succeed.js';
import { runTask } from './task.js';
import { runWait } from './wait.js';

export type { StateWorkResult } from './shared.js';

/** The synchronous work of a state compiled with `sync` (JSONPath Pass, Choice, Succeed, Fail). */
export function runSyncState(ex: Execution, state: CompiledState, raw: Json, frame: Frame): StateWorkResult {
  switch (state.type) {
    case 'Pass':
      return passJsonPath(ex, state, raw, frame);
    case 'Choice':
      return choiceJsonPath(ex, state, raw, frame);
    case 'Succeed':
      return succeedJsonPath(ex, state, raw, frame);
    case 'Fail':
      return failJsonPath(ex, state, raw, frame);
    default:
      throw new Error(`state type ${state.type} has no synchronous path`);
  }
}

/** Dispatches a state's own work to its handler; exhaustive over the state types. */
export function runState(ex: Execution, state: CompiledState, raw: Json, frame: Frame, active: ActiveState): FiberBody<StateWorkResult> {
  switch (state.type) {
    case 'Pass':
      return runPass(ex, state, raw, frame);
    case 'Task':
      return runTask(ex, state, raw, frame, active);
    case 'Choice':
      return runChoice(ex, state, raw, frame);
    case 'Wait':
      return runWait(ex, state, raw, frame, active);
    case 'Succeed':
      return runSucceed(ex, state, raw, frame);
    case 'Fail':
      return runFail(ex, state, raw, frame);
    case 'Parallel':
      return runParallel(ex, state, raw, frame, active);
    case 'Map':
      return runMap(ex, state, raw, frame, active);
    default: {
      const never: never = state;
      throw new Error(`unhandled state type ${JSON.stringify(never)}`);
    }
  }
}
