import fc from 'fast-check';
import { attemptBound, outlineMachine, type FuzzState, type FuzzTarget } from '../machine-outline.js';

/**
 * What one call of a Task state does: succeed (after `afterSeconds` of virtual latency, which makes
 * `TimeoutSeconds`/`HeartbeatSeconds` fire when it is longer), or fail with an error name.
 */
export type AttemptOutcome =
  { readonly outcome: 'succeed'; readonly afterSeconds?: number } | { readonly outcome: 'throw'; readonly error: string };

/**
 * Plain data (JSON) saying how each Task state answers its calls: by state name, one outcome per call
 * in the order the execution makes them (retries and re-entries included). Calls past the end of a
 * list, and states not listed, succeed at once.
 * @example
 * const plan: FailurePlan = { ChargeCard: [{ outcome: 'throw', error: 'Payments.Throttled' }, { outcome: 'succeed' }] };
 */
export type FailurePlan = Readonly<Record<string, readonly AttemptOutcome[]>>;

/** Which errors a failure plan throws. */
export type ErrorSet = 'declared' | 'all' | readonly string[];

/** Options of {@link failurePlan}. */
export interface FailurePlanOptions {
  /** Task states to fail; the others always succeed. @defaultValue every Task state, nested ones included */
  readonly states?: readonly string[];
  /**
   * The errors thrown: `'declared'` = the names each state's own Retry and Catch list (`States.ALL`
   * read as `States.TaskFailed`; a state with neither never throws); `'all'` = those plus
   * `States.TaskFailed`, `States.Timeout` and `Custom.Unlisted`, an error nobody listed; or exactly
   * these names, for every state.
   * @defaultValue `'declared'`
   */
  readonly errors?: ErrorSet;
  /** Add latencies (up to twice a state's TimeoutSeconds/HeartbeatSeconds, else 60 s). @defaultValue `true` */
  readonly latencies?: boolean;
  /** Longest outcome list per state. @defaultValue the state's attempt bound (1 + the MaxAttempts of its retriers), at most 10 */
  readonly maxCallsPerState?: number;
}

/** The error no Retry or Catch names, thrown by the `'all'` error set. */
export const UNLISTED_ERROR = 'Custom.Unlisted';
const GENERIC_ERRORS = ['States.TaskFailed', 'States.Timeout', UNLISTED_ERROR];
const MAX_CALLS = 10;
const NO_TIMEOUT_LATENCY = 60;

/**
 * An arbitrary of failure plans for a state machine: per Task state, a list of mixed outcomes or a
 * burst of one error on consecutive calls (what exhausts a Retry). It shrinks toward fewer failing
 * calls: lists by removal, each outcome toward `succeed`, bursts toward shorter ones, latencies toward 1 s.
 * @example
 * import { failurePlan } from 'sfn-sim/fuzz';
 * fc.assert(fc.asyncProperty(failurePlan(machine), async (plan) => { … }));
 */
export function failurePlan(machine: FuzzTarget, options: FailurePlanOptions = {}): fc.Arbitrary<FailurePlan> {
  const outline = outlineMachine(machine);
  const chosen = options.states === undefined ? undefined : new Set(options.states);
  const model: Record<string, fc.Arbitrary<AttemptOutcome[]>> = {};
  for (const state of outline.tasks) {
    if (chosen !== undefined && !chosen.has(state.name)) continue;
    const errors = errorsFor(state, options.errors);
    const outcome = outcomeArbitrary(state, errors, options);
    if (outcome === undefined) continue;
    const maxLength = options.maxCallsPerState ?? Math.min(attemptBound(state), MAX_CALLS);
    const mixed = fc.array(outcome, { maxLength });
    // failures come in bursts: the same error on consecutive calls is what exhausts a Retry
    const burst = fc
      .tuple(fc.constantFrom(...(errors.length > 0 ? errors : ['States.TaskFailed'])), fc.integer({ min: 1, max: Math.max(1, maxLength) }))
      .map(([error, n]): AttemptOutcome[] => Array.from({ length: n }, () => ({ outcome: 'throw', error })));
    model[state.name] =
      errors.length === 0
        ? mixed
        : // "no failure" first, with cross-shrinking: a burst or a list can shrink to nothing at once
          fc.oneof(
            { withCrossShrink: true },
            { arbitrary: fc.constant<AttemptOutcome[]>([]), weight: 1 },
            { arbitrary: mixed, weight: 2 },
            { arbitrary: burst, weight: 1 },
          );
  }
  return fc.record(model) as fc.Arbitrary<FailurePlan>;
}

/** The errors a state may throw under an error set. */
export function errorsFor(state: FuzzState, errors: ErrorSet = 'declared'): string[] {
  if (Array.isArray(errors)) return [...errors];
  const declared = new Set<string>();
  for (const handler of [...state.retriers, ...state.catchers]) {
    for (const name of handler.errorEquals) declared.add(name === 'States.ALL' ? 'States.TaskFailed' : name);
  }
  if (errors === 'all') for (const name of GENERIC_ERRORS) declared.add(name);
  return [...declared];
}

function outcomeArbitrary(
  state: FuzzState,
  errors: readonly string[],
  options: FailurePlanOptions,
): fc.Arbitrary<AttemptOutcome> | undefined {
  // success first, with cross-shrinking: a failure shrinks to a success
  const choices: fc.WeightedArbitrary<AttemptOutcome>[] = [{ arbitrary: fc.constant({ outcome: 'succeed' }), weight: 1 }];
  if (errors.length > 0) choices.push({ arbitrary: fc.constantFrom(...errors).map((error) => ({ outcome: 'throw', error })), weight: 2 });
  if (options.latencies ?? true) {
    const limits = [state.timeoutSeconds, state.heartbeatSeconds].filter((n): n is number => n !== undefined && n > 0);
    const max = limits.length === 0 ? NO_TIMEOUT_LATENCY : 2 * Math.min(...limits);
    choices.push({ arbitrary: fc.integer({ min: 1, max }).map((afterSeconds) => ({ outcome: 'succeed', afterSeconds })), weight: 1 });
  }
  return choices.length === 1 ? undefined : fc.oneof({ withCrossShrink: true }, ...choices);
}

/** The plan without what changes nothing: trailing immediate successes and empty lists. */
export function normalisePlan(plan: FailurePlan): FailurePlan {
  const out: Record<string, readonly AttemptOutcome[]> = {};
  for (const [state, outcomes] of Object.entries(plan)) {
    let end = outcomes.length;
    while (end > 0 && isPlainSuccess(outcomes[end - 1] as AttemptOutcome)) end--;
    if (end > 0) out[state] = outcomes.slice(0, end);
  }
  return out;
}

export function isPlainSuccess(outcome: AttemptOutcome): boolean {
  return outcome.outcome === 'succeed' && (outcome.afterSeconds ?? 0) === 0;
}
