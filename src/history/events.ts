/** The execution-history event types sfn-sim emits (a subset of AWS's HistoryEventType enum, §7.2). */
export type HistoryEventType =
  | 'ExecutionStarted'
  | 'ExecutionSucceeded'
  | 'ExecutionFailed'
  | 'ExecutionAborted'
  | 'ExecutionTimedOut'
  | `${'Pass' | 'Choice' | 'Wait' | 'Task' | 'Parallel' | 'Map' | 'Succeed' | 'Fail'}StateEntered`
  | `${'Pass' | 'Choice' | 'Wait' | 'Task' | 'Parallel' | 'Map' | 'Succeed'}StateExited`
  | 'TaskScheduled'
  | 'TaskStarted'
  | 'TaskSubmitted'
  | 'TaskSucceeded'
  | 'TaskFailed'
  | 'TaskTimedOut'
  | 'TaskStateAborted'
  | 'LambdaFunctionScheduled'
  | 'LambdaFunctionStarted'
  | 'LambdaFunctionSucceeded'
  | 'LambdaFunctionFailed'
  | 'LambdaFunctionTimedOut'
  | 'ActivityScheduled'
  | 'ActivityStarted'
  | 'ActivitySucceeded'
  | 'ActivityFailed'
  | 'ActivityTimedOut'
  | 'MapStateStarted'
  | 'MapStateSucceeded'
  | 'MapStateFailed'
  | 'MapStateAborted'
  | 'MapIterationStarted'
  | 'MapIterationSucceeded'
  | 'MapIterationFailed'
  | 'MapIterationAborted'
  | 'MapRunStarted'
  | 'MapRunSucceeded'
  | 'MapRunFailed'
  | 'ParallelStateStarted'
  | 'ParallelStateSucceeded'
  | 'ParallelStateFailed'
  | 'ParallelStateAborted'
  | 'WaitStateAborted'
  | 'EvaluationFailed';

/**
 * The events that end a Task attempt in failure, whichever way the Task ran: a service integration,
 * a Lambda ARN or an activity (ASL-REFERENCE §7.2).
 */
export const TASK_FAILURE_EVENTS: ReadonlySet<HistoryEventType> = new Set<HistoryEventType>([
  'TaskFailed',
  'TaskTimedOut',
  'LambdaFunctionFailed',
  'LambdaFunctionTimedOut',
  'ActivityFailed',
  'ActivityTimedOut',
]);

/** `{truncated}` as AWS attaches it to every input/output string. */
export interface PayloadDetails {
  truncated: boolean;
}

/**
 * Event details. Keys and value types follow the AWS API model: input, output, parameters and cause
 * are JSON text strings, exactly as GetExecutionHistory returns them.
 */
export interface EventDetails {
  name?: string;
  input?: string;
  inputDetails?: PayloadDetails;
  output?: string;
  outputDetails?: PayloadDetails;
  roleArn?: string;
  error?: string;
  cause?: string;
  resourceType?: string;
  resource?: string;
  region?: string;
  parameters?: string;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
  taskCredentials?: { roleArn?: string };
  length?: number;
  index?: number;
  mapRunArn?: string;
  assignedVariables?: Record<string, string>;
  assignedVariablesDetails?: PayloadDetails;
  location?: string;
  state?: string;
}

/** One GetExecutionHistory event, as the AWS SDK returns it. */
export interface HistoryEvent {
  timestamp: Date;
  type: HistoryEventType;
  id: number;
  previousEventId: number;
  [detailsKey: `${string}EventDetails`]: EventDetails | undefined;
}

/** The details key AWS uses for an event type: `stateEnteredEventDetails` for every `*StateEntered`, etc. */
export function detailsKey(type: HistoryEventType): `${string}EventDetails` {
  let key = DETAILS_KEYS.get(type);
  if (key === undefined) {
    if (type.endsWith('StateEntered')) key = 'stateEnteredEventDetails';
    else if (type.endsWith('StateExited')) key = 'stateExitedEventDetails';
    else key = `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
    DETAILS_KEYS.set(type, key);
  }
  return key;
}

const DETAILS_KEYS = new Map<string, `${string}EventDetails`>();
