/**
 * An ASL runtime error: an AWS error name plus a cause. It is matched by Retry, caught by Catch and
 * recorded in history; it is never thrown to the user of the library (they see it in the result).
 */
export class StatesError extends Error {
  override readonly name = 'StatesError';
  constructor(
    /** The AWS error name, e.g. `States.Runtime` or a Lambda `errorType`. `null` when AWS records none. */
    readonly error: string | null,
    /** The cause text, exactly as AWS words it. `null` when AWS records none. */
    readonly causeText: string | null,
  ) {
    super(`${error ?? 'null'}: ${causeText ?? ''}`);
  }
}

/** Well-known `States.*` error names (ASL-REFERENCE §5.1). */
export const StatesErrorName = {
  ALL: 'States.ALL',
  Runtime: 'States.Runtime',
  Timeout: 'States.Timeout',
  HeartbeatTimeout: 'States.HeartbeatTimeout',
  TaskFailed: 'States.TaskFailed',
  Permissions: 'States.Permissions',
  ResultPathMatchFailure: 'States.ResultPathMatchFailure',
  ParameterPathFailure: 'States.ParameterPathFailure',
  QueryEvaluationError: 'States.QueryEvaluationError',
  BranchFailed: 'States.BranchFailed',
  NoChoiceMatched: 'States.NoChoiceMatched',
  IntrinsicFailure: 'States.IntrinsicFailure',
  ExceedToleratedFailureThreshold: 'States.ExceedToleratedFailureThreshold',
  ItemReaderFailed: 'States.ItemReaderFailed',
  ResultWriterFailed: 'States.ResultWriterFailed',
  DataLimitExceeded: 'States.DataLimitExceeded',
} as const;
