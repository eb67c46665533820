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
export function adaptResult(result: SimExecutionResult, recordedEvents?: number, parallelSorted = false): ActualResult {
  const status = typeof result.status === 'string' ? result.status : null;
  const base = { status, error: result.error ?? null, cause: result.cause ?? null };
  const withOutput = result.output === undefined ? base : { ...base, output: result.output };
  if (!Array.isArray(result.history)) return withOutput;
  // INCOMPLETE_HISTORY: AWS was still running the execution when it was recorded, so only the
  // events recorded so far can be compared (a prefix of the full history)
  let history = recordedEvents === undefined ? result.history : result.history.slice(0, recordedEvents);
  if (parallelSorted) history = history.filter((e) => !PARALLEL_SORTING_DROPS.has((e as { type?: string }).type ?? ''));
  return { ...withOutput, history };
}

/**
 * LocalStack re-sorted the events inside Parallel blocks of some snapshots (`meta.history_parallel_sorted`)
 * and, doing so, dropped each block's ParallelStateSucceeded / ParallelStateFailed event: every such
 * snapshot lists one event fewer per Parallel block than its ids consume, and the event after the gap
 * points across it. The same transformation is applied to the actual side, as the corpus README asks
 * for its other normalisations.
 */
const PARALLEL_SORTING_DROPS = new Set(['ParallelStateSucceeded', 'ParallelStateFailed']);

/**
 * LocalStack's snapshot transformers for AWS SDK response metadata (README, "Placeholder
 * conventions"): inside `SdkHttpMetadata` / `SdkResponseMetadata` the value of these keys was replaced
 * by a literal (the whole value: a header list `["Wed, 25 Nov …"]` became `"date"`), which compare.mjs
 * does not treat as a wildcard since it is not a `<…>` token.
 */
const METADATA_PLACEHOLDERS: Readonly<Record<string, string>> = {
  Date: 'date',
  'x-amzn-RequestId': 'x-amzn-RequestId',
  'X-Amzn-Trace-Id': 'X-Amzn-Trace-Id',
  RequestId: 'RequestId',
};
const METADATA_OBJECTS: ReadonlySet<string> = new Set(['SdkHttpMetadata', 'SdkResponseMetadata']);

/**
 * Applies those transformers to an actual value, guided by the expected one: a key of
 * `METADATA_PLACEHOLDERS` under SDK metadata takes the literal where the expected value is exactly
 * that literal (elsewhere, e.g. `["<uuid:1>"]`, the recorded shape is compared as usual). Returns a
 * new value; the actual one is not changed.
 */
export function applyMetadataPlaceholders(expected: unknown, actual: unknown, inMetadata = false): unknown {
  if (Array.isArray(expected) && Array.isArray(actual))
    return actual.map((a: unknown, i) => (i < expected.length ? applyMetadataPlaceholders(expected[i], a, inMetadata) : a));
  if (!isPlainObject(expected) || !isPlainObject(actual)) return actual;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(actual)) {
    const literal = METADATA_PLACEHOLDERS[key];
    if (!(key in expected)) out[key] = value;
    else if (inMetadata && literal !== undefined && expected[key] === literal) out[key] = literal;
    else out[key] = applyMetadataPlaceholders(expected[key], value, inMetadata || METADATA_OBJECTS.has(key));
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
