import type { Json } from '../asl/json.js';
import type { HistoryEvent } from '../history/events.js';

/** How an execution ended, in AWS's words (DescribeExecution `status`). */
export type ExecutionStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** One service call a Task made (for assertions on what was called, with what, and when). */
export interface ServiceCall {
  /** The Task state's name. */
  readonly stateName: string;
  readonly resource: string;
  /** The effective parameters sent to the service. */
  readonly input: Json;
  /** 0-based retry count within the state visit. */
  readonly attempt: number;
  /** 0-based count of calls of this state in the execution. */
  readonly invocation: number;
  /** Virtual time of the call, ISO-8601. */
  readonly time: string;
  readonly outcome: 'succeeded' | 'failed' | 'timedOut';
  /** The task result (succeeded calls). */
  readonly result?: Json;
  readonly error?: string | null;
  readonly cause?: string | null;
}

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
  /** Every service call the Tasks made, in order. */
  readonly calls: readonly ServiceCall[];
  /** The execution ARN used in the Context object and history. */
  readonly executionArn: string;
}
