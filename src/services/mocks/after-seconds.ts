import type { Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';

/**
 * A task outcome that takes virtual time: the task answers after `seconds`. Return it from a task
 * handler to exercise `TimeoutSeconds` and `HeartbeatSeconds` (a task that takes longer than either
 * times out with `States.Timeout` at that moment, as on AWS).
 */
export class DelayedOutcome {
  constructor(
    readonly seconds: number,
    readonly outcome: { readonly result: Json } | { readonly error: StatesError },
  ) {}
}

/**
 * Makes a task handler's answer arrive after `seconds` of virtual time.
 * @example
 * const handlers = {
 *   SlowCall: () => afterSeconds(90, { ok: true }),                       // succeeds after 90 s
 *   Hangs: () => afterSeconds(3600, new StatesError('Never', 'x')),       // times out first if TimeoutSeconds < 3600
 * };
 */
export function afterSeconds(seconds: number, outcome: Json | StatesError): DelayedOutcome {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`afterSeconds: seconds must be a finite number >= 0, got ${seconds}`);
  return new DelayedOutcome(seconds, outcome instanceof StatesError ? { error: outcome } : { result: outcome });
}
