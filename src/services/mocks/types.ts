import type { Json } from '../../asl/json.js';

/** An error a mocked service raises: the name Retry/Catch match and the cause text. */
export interface MockError {
  readonly error: string;
  readonly cause?: string;
}

/** Timing and callback details any response may carry. */
export interface MockTiming {
  /** Virtual seconds until the answer (for a callback task: until SendTaskSuccess/Failure arrives). */
  readonly afterSeconds?: number;
  /** Virtual seconds (from the call) at which SendTaskHeartbeat arrives; `HeartbeatSeconds` is measured between them. */
  readonly heartbeats?: readonly number[];
  /** For `.waitForTaskToken` and `.sync` tasks: the start call's response, recorded in TaskSubmitted. */
  readonly submitted?: Json;
}

/**
 * What a mocked task answers for one attempt.
 * - `returns`: what the service (or Lambda function) returned; sfn-sim wraps it the way AWS hands it to
 *   the state (a `lambda:invoke` result gets `Payload`, `StatusCode`, `ExecutedVersion` and SDK metadata).
 * - `raw`: the task result exactly as the state receives it, with no wrapping (what a Step Functions
 *   Local mock file's `Return` holds).
 * - `throws`: the task fails with this error (`States.Timeout` and friends included).
 * - `afterSeconds`: virtual latency before the answer; `TimeoutSeconds`/`HeartbeatSeconds` apply
 *   (`heartbeats` lists when SendTaskHeartbeat arrives). For a `.waitForTaskToken` task, `returns` and
 *   `throws` are what SendTaskSuccess/SendTaskFailure deliver.
 */
export type MockResponse =
  ({ readonly returns: Json } & MockTiming) | ({ readonly raw: Json } & MockTiming) | ({ readonly throws: MockError } & MockTiming);
