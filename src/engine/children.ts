import type { Json } from '../asl/json.js';
import type { StatesError } from '../asl/states-error.js';
import { errorOutput } from './error-handling.js';
import type { BlockOutcome, Execution } from './execution.js';
import type { FiberBody } from './fibers.js';
import type { ActiveState, ChildRun, Frame } from './runtime.js';

/**
 * Runs child blocks (Parallel branches, Map iterations) on `workers` fibers. Worker k takes jobs k,
 * k+workers, … in order and lets the others run between two jobs, so with no waiting involved the
 * children run in index order. The first failure not tolerated aborts the rest.
 */
export function* runChildren(
  ex: Execution,
  frame: Frame,
  active: ActiveState,
  jobs: ReadonlyArray<(child: Frame, run: ChildRun, lastOfWorker: boolean) => FiberBody<BlockOutcome>>,
  options: {
    readonly workers: number;
    readonly silent: boolean;
    readonly tolerate?: (failures: number) => boolean;
    /** Parallel: the failing branch's Task gets a TaskStateAborted event. */
    readonly abortFailedTask?: boolean;
  },
): FiberBody<{ readonly outputs: Json[]; readonly failure: StatesError | undefined }> {
  const outputs: Json[] = new Array<Json>(jobs.length).fill(null);
  if (jobs.length === 0) return { outputs, failure: undefined };
  const workers = Math.max(1, Math.min(options.workers, jobs.length));
  const runs: ChildRun[] = [];
  active.children = runs;
  let remaining = workers;
  let failures = 0;
  let failure: StatesError | undefined;
  let resume: ((value: unknown) => void) | undefined;
  const finish = (): void => {
    for (const run of runs) frame.source = Math.max(frame.source, run.frame.source);
    resume?.(undefined);
  };
  for (let w = 0; w < workers; w++) {
    const child: Frame = {
      parent: frame,
      source: frame.source,
      prefix: frame.prefix,
      silent: frame.silent || options.silent,
      active: undefined,
      variables: undefined,
      isolated: options.silent,
    };
    const run: ChildRun = { frame: child, fiber: undefined, done: false, iteration: undefined };
    runs.push(run);
    const body = function* (): FiberBody<void> {
      for (let j = w; j < jobs.length; j += workers) {
        if (j !== w) yield { type: 'yield' };
        run.iteration = j;
        child.variables = undefined;
        const job = jobs[j] as (child: Frame, run: ChildRun, last: boolean) => FiberBody<BlockOutcome>;
        const outcome = yield* job(child, run, j + workers >= jobs.length);
        run.iteration = undefined;
        if (outcome.ok) {
          outputs[j] = outcome.output;
          continue;
        }
        failures++;
        outputs[j] = errorOutput(outcome.error);
        if (options.tolerate?.(failures) === true) continue;
        if (failure === undefined) {
          failure = outcome.error;
          run.done = true;
          // AWS: a Task whose error ends a Parallel branch is recorded as aborted too, pointing at its
          // failure event without becoming the source (recorded callback history, events 8-10)
          if (options.abortFailedTask === true && child.active?.state.type === 'Task')
            ex.event(child, 'TaskStateAborted', undefined, false);
          abortChildren(ex, runs);
          finish();
        }
        return;
      }
    };
    run.fiber = ex.scheduler.spawn(body(), () => {
      run.done = true;
      remaining--;
      if (remaining === 0 && failure === undefined) finish();
    });
  }
  yield { type: 'park', register: (r) => (resume = r) };
  active.children = undefined;
  return { outputs, failure };
}

/** Stops running children and records what AWS records for them (TaskStateAborted, MapIterationAborted…). */
export function abortChildren(ex: Execution, runs: readonly ChildRun[]): void {
  for (const run of runs) {
    if (run.done) continue;
    run.done = true;
    if (run.fiber !== undefined) ex.scheduler.cancel(run.fiber);
    abortFrame(ex, run.frame);
    const active = run.frame.active?.state;
    if (run.iteration !== undefined && active !== undefined) {
      const map = run.frame.parent?.active?.state;
      ex.event(run.frame, 'MapIterationAborted', { name: map?.name ?? '', index: run.iteration }, false);
    }
  }
}

function abortFrame(ex: Execution, frame: Frame): void {
  const active = frame.active;
  if (active === undefined) return;
  if (active.children !== undefined) abortChildren(ex, active.children);
  if (active.inTask) ex.event(frame, 'TaskStateAborted', undefined, false);
  else if (active.waiting) ex.event(frame, 'WaitStateAborted');
  else if (active.children !== undefined && active.state.type === 'Parallel') ex.event(frame, 'ParallelStateAborted');
  else if (active.children !== undefined && active.state.type === 'Map') ex.event(frame, 'MapStateAborted');
}
