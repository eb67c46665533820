import type { Json } from '../asl/json.js';
import type { HistoryEvent } from '../history/events.js';

/** How an execution ended, in AWS's words (DescribeExecution `status`). */
export type ExecutionStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/**
 * The recorded outcome of one execution. `run()` resolves to this whatever happened inside the
 * state machine: a Fail state or an uncaught error is data here, not a thrown exception.
 */
export interface ExecutionResult {
  readonly status: ExecutionStatus;
  /** The execution output (SUCCEEDED only; `undefined` otherwise). */
  readonly output: Json | undefined;
  /** The error name for FAILED / TIMED_OUT / ABORTED executions, `null` when AWS records none. */
  readonly error: string | null;
  /** The cause text, exactly as AWS words it; `null` when AWS records none. */
  readonly cause: string | null;
  /** GetExecutionHistory events, oldest first. */
  readonly history: readonly HistoryEvent[];
  /**
   * State names in the order they were entered. States inside a Parallel branch or Map iteration are
   * qualified with their enclosing state: `Process[2].Validate` (Map item 2), `Fanout#1.Notify` (branch 1).
   */
  readonly path: readonly string[];
  /** State transitions as AWS Standard bills them: every state entered plus every retry attempt. */
  readonly transitions: number;
  /** Virtual start time, ISO-8601. */
  readonly startTime: string;
  /** Virtual stop time, ISO-8601. */
  readonly stopTime: string;
  /** The execution ARN used in the Context object and history. */
  readonly executionArn: string;
}
