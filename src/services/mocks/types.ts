import type { Json } from '../../asl/json.js';

/** An error a mocked service raises: the name Retry/Catch match and the cause text. */
export interface MockError {
  readonly error: string;
  readonly cause?: string;
}

/**
 * What a mocked task answers for one attempt.
 * - `returns`: what the service (or Lambda function) returned; sfn-sim wraps it the way AWS hands it to
 *   the state (a `lambda:invoke` result gets `Payload`, `StatusCode`, `ExecutedVersion` and SDK metadata).
 * - `raw`: the task result exactly as the state receives it, with no wrapping (what a Step Functions
 *   Local mock file's `Return` holds).
 * - `throws`: the task fails with this error (`States.Timeout` and friends included).
 * - `afterSeconds`: virtual latency before the answer; `TimeoutSeconds`/`HeartbeatSeconds` apply.
 */
export type MockResponse =
  | { readonly returns: Json; readonly afterSeconds?: number }
  | { readonly raw: Json; readonly afterSeconds?: number }
  | { readonly throws: MockError; readonly afterSeconds?: number };
