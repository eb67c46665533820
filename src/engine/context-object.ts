import type { Json, JsonObject } from '../asl/json.js';
import type { ActiveState, MapItem } from './runtime.js';

/** The execution-wide part of the Context object, fixed when the run starts. */
export interface ExecutionIdentity {
  readonly executionArn: string;
  readonly executionName: string;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly roleArn: string;
  readonly startTime: string;
  readonly input: Json;
  readonly region: string;
  readonly express: boolean;
}

/**
 * The Context object (`$$`) as a state sees it (ASL-REFERENCE §2.3): `RetryCount` only for states
 * that can retry, `RedriveCount` only for Standard, `Map.Item` only inside a Map's ItemSelector.
 */
export function buildContextObject(identity: ExecutionIdentity, active: ActiveState | undefined, mapItem: MapItem | undefined): JsonObject {
  const execution: JsonObject = {
    Id: identity.executionArn,
    Input: identity.input,
    StartTime: identity.startTime,
    Name: identity.executionName,
    RoleArn: identity.roleArn,
  };
  if (!identity.express) execution['RedriveCount'] = 0;
  const context: JsonObject = {
    Execution: execution,
    StateMachine: { Id: identity.stateMachineArn, Name: identity.stateMachineName },
  };
  if (active !== undefined) {
    const state: JsonObject = { Name: active.state.name, EnteredTime: new Date(active.enteredTime).toISOString() };
    const type = active.state.type;
    if (type === 'Task' || type === 'Map' || type === 'Parallel') state['RetryCount'] = active.retryCount;
    context['State'] = state;
    if (active.taskToken !== undefined) context['Task'] = { Token: active.taskToken };
  }
  if (mapItem !== undefined) context['Map'] = { Item: { Index: mapItem.index, Value: mapItem.value } };
  return context;
}
