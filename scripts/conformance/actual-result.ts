import type { SimExecutionResult } from './sim-engine.js';

/** The "actual" side that `compare.mjs` expects. */
export interface ActualResult {
  readonly status: string | null;
  readonly output?: unknown;
  readonly error: unknown;
  readonly cause: unknown;
  readonly history?: readonly unknown[];
}

/**
 * Adapts an sfn-sim `ExecutionResult` to compare.mjs's actual shape: `output` only when the
 * execution produced one, `error`/`cause` as `null` when absent, history events passed through
 * (they are already AWS-shaped, with `type`).
 */
export function adaptResult(result: SimExecutionResult, recordedEvents?: number): ActualResult {
  const status = typeof result.status === 'string' ? result.status : null;
  const base = { status, error: result.error ?? null, cause: result.cause ?? null };
  const withOutput = result.output === undefined ? base : { ...base, output: result.output };
  if (!Array.isArray(result.history)) return withOutput;
  // INCOMPLETE_HISTORY: AWS was still running the execution when it was recorded, so only the
  // events recorded so far can be compared (a prefix of the full history)
  const history = recordedEvents === undefined ? result.history : result.history.slice(0, recordedEvents);
  return { ...withOutput, history };
}
