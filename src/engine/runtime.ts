import type { Json } from '../asl/json.js';
import type { CompiledState } from './compiled.js';
import type { Fiber } from './fibers.js';

/** The state a frame is currently running, with what the Context object and abort events need. */
export interface ActiveState {
  state: CompiledState;
  enteredId: number;
  enteredTime: number;
  retryCount: number;
  /** Between TaskScheduled and the task's result: an abort emits TaskStateAborted. */
  inTask: boolean;
  /** Inside a Wait's delay: an abort emits WaitStateAborted. */
  waiting: boolean;
  /** `$$.Task.Token` of the current attempt of a `.waitForTaskToken` Task. */
  taskToken?: string | undefined;
  /** Child frames of a Parallel or Map while it runs them. */
  children: ChildRun[] | undefined;
}

/** The Map item a frame was started for (`$$.Map.Item`). */
export interface MapItem {
  readonly index: number;
  readonly value: Json;
}

/**
 * One running `{StartAt, States}` block: the machine itself, a Parallel branch or a Map worker.
 * `source` is AWS's per-frame "source event" pointer that decides previousEventId (§7.4).
 */
export interface Frame {
  readonly parent: Frame | undefined;
  source: number;
  /** Prefix for qualified state names in `path`, e.g. `Process[2].`. */
  prefix: string;
  /** Distributed Map children run as separate executions: their events are not in the parent history. */
  readonly silent: boolean;
  active: ActiveState | undefined;
  /** Variables assigned in this scope (a Parallel branch and each Map iteration get a fresh one, §4.3). */
  variables: Map<string, Json> | undefined;
  /** A Distributed Map child cannot read the parent's variables (§4.3). */
  readonly isolated: boolean;
}

/** A child frame started by Parallel or Map, with the fiber that runs it. */
export interface ChildRun {
  readonly frame: Frame;
  fiber: Fiber | undefined;
  done: boolean;
  /** The Map iteration index the child is processing (for MapIterationAborted). */
  iteration: number | undefined;
}
