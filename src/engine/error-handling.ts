import type { Json } from '../asl/json.js';
import type { StatesError } from '../asl/states-error.js';
import type { Random } from '../clock/random.js';
import type { CompiledCatcher, CompiledRetrier } from './compiled.js';

/**
 * Does an ErrorEquals list match this error? AWS rules (ASL-REFERENCE §1.12, §5.1):
 * - `States.Runtime` is matched by nothing, not even an explicit `["States.Runtime"]`;
 * - `States.ALL` matches every other error;
 * - `States.TaskFailed` matches every error except `States.Timeout`;
 * - a heartbeat expiry is recorded as `States.Timeout` but also matches `States.HeartbeatTimeout`.
 */
export function errorMatches(errorEquals: readonly string[], error: StatesError): boolean {
  const name = error.error;
  if (name === 'States.Runtime') return false;
  for (const candidate of errorEquals) {
    if (candidate === name || candidate === 'States.ALL') return true;
    if (candidate === 'States.TaskFailed' && name !== 'States.Timeout') return true;
    if (candidate === 'States.HeartbeatTimeout' && isHeartbeatTimeout(error)) return true;
  }
  return false;
}

/** Marks a States.Timeout raised by a missed heartbeat. */
export const HEARTBEAT = Symbol('heartbeat');

function isHeartbeatTimeout(error: StatesError): boolean {
  return (error as StatesError & { [HEARTBEAT]?: boolean })[HEARTBEAT] === true;
}

/**
 * Picks the retry delay, or `undefined` when the error goes on to Catch. Only the first matching
 * retrier is consulted; its counter (per retrier, per state visit) decides (§1.11).
 */
export function nextRetryDelay(
  retriers: readonly CompiledRetrier[],
  counters: number[],
  error: StatesError,
  random: Random,
): number | undefined {
  const index = retriers.findIndex((r) => errorMatches(r.errorEquals, error));
  if (index < 0) return undefined;
  const retrier = retriers[index] as CompiledRetrier;
  const attempts = counters[index] as number;
  if (attempts >= retrier.maxAttempts) return undefined;
  counters[index] = attempts + 1;
  let seconds = retrier.intervalSeconds * Math.pow(retrier.backoffRate, attempts);
  if (retrier.maxDelaySeconds !== undefined) seconds = Math.min(seconds, retrier.maxDelaySeconds);
  if (retrier.jitter === 'FULL') seconds = random.next() * seconds;
  return Math.round(seconds * 1000);
}

export function findCatcher(catchers: readonly CompiledCatcher[], error: StatesError): CompiledCatcher | undefined {
  return catchers.find((c) => errorMatches(c.errorEquals, error));
}

/** The Error Output a catcher passes on: `{Error, Cause}`; a timeout's cause is the empty string (§1.12). */
export function errorOutput(error: StatesError): Json {
  const cause = error.causeText ?? (error.error === 'States.Timeout' ? '' : null);
  return { Error: error.error, Cause: cause };
}
