import { pointer, type Diagnostic } from '../diagnostics.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { numericValue } from '../numeric.js';
import { schemaError, type StateRef } from './model.js';

/** Pairs of which a state may set at most one (ASL-REFERENCE §1.5, §1.8, §1.10). */
const AT_MOST_ONE: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  Task: [
    ['TimeoutSeconds', 'TimeoutSecondsPath'],
    ['HeartbeatSeconds', 'HeartbeatSecondsPath'],
  ],
  Fail: [
    ['Error', 'ErrorPath'],
    ['Cause', 'CausePath'],
  ],
  Map: [
    ['ItemProcessor', 'Iterator'],
    ['ItemSelector', 'Parameters'],
    ['Items', 'ItemsPath'],
    ['MaxConcurrency', 'MaxConcurrencyPath'],
    ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
    ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
  ],
};

const WAIT_FIELDS = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];

/** Field combinations a schema cannot word well: exclusive pairs, Next/End, Wait's one duration, Retry/Catch order. */
export function checkFieldRules(s: StateRef, out: Diagnostic[]): void {
  const state = s.state;
  const at = pointer(...s.at);
  for (const [a, b] of AT_MOST_ONE[s.type] ?? []) exclusive(state, a, b, at, out);
  if (s.type !== 'Choice' && s.type !== 'Succeed' && s.type !== 'Fail') {
    const hasNext = state['Next'] !== undefined;
    if (state['End'] === true && hasNext) out.push(schemaError("The fields 'Next' and 'End' are mutually exclusive", at));
    else if (state['End'] !== true && !hasNext) out.push(schemaError("One of the fields 'Next' or 'End' is required", at));
  }
  if (s.type === 'Wait') {
    const given = WAIT_FIELDS.filter((f) => state[f] !== undefined);
    if (given.length !== 1) out.push(schemaError(`Exactly one of these fields is required: [${WAIT_FIELDS.join(', ')}]`, at));
  }
  if (s.type === 'Map' && state['ItemProcessor'] === undefined && state['Iterator'] === undefined) {
    out.push(schemaError("The field 'ItemProcessor' is required but was missing", at));
  }
  if (s.type === 'Map') checkMapParts(state, s.at, out);
  if (s.type === 'Task') checkHeartbeat(state, at, out);
  for (const field of ['Retry', 'Catch'] as const) checkStatesAll(state, field, s.at, out);
}

function exclusive(state: JsonObject, a: string, b: string, at: string, out: Diagnostic[]): void {
  if (state[a] !== undefined && state[b] !== undefined) out.push(schemaError(`The fields '${a}' and '${b}' are mutually exclusive`, at));
}

function checkMapParts(state: JsonObject, at: readonly string[], out: Diagnostic[]): void {
  const reader = state['ItemReader'];
  const config = isJsonObject(reader) ? reader['ReaderConfig'] : undefined;
  if (isJsonObject(config)) exclusive(config, 'MaxItems', 'MaxItemsPath', pointer(...at, 'ItemReader', 'ReaderConfig'), out);
  const batcher = state['ItemBatcher'];
  if (isJsonObject(batcher)) {
    const loc = pointer(...at, 'ItemBatcher');
    exclusive(batcher, 'MaxItemsPerBatch', 'MaxItemsPerBatchPath', loc, out);
    exclusive(batcher, 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath', loc, out);
  }
}

/** HeartbeatSeconds must be smaller than TimeoutSeconds (§1.5), when both are literal. */
function checkHeartbeat(state: JsonObject, at: string, out: Diagnostic[]): void {
  const heartbeat = numericValue(state['HeartbeatSeconds'], true);
  const timeout = numericValue(state['TimeoutSeconds'], true);
  if (heartbeat !== undefined && timeout !== undefined && heartbeat >= timeout) {
    out.push(schemaError(`The field 'HeartbeatSeconds' (${heartbeat}) must be smaller than 'TimeoutSeconds' (${timeout})`, at));
  }
}

/** `States.ALL` must be alone in its ErrorEquals and in the last retrier or catcher (§1.11). */
function checkStatesAll(state: JsonObject, field: 'Retry' | 'Catch', at: readonly string[], out: Diagnostic[]): void {
  const list = state[field];
  if (!Array.isArray(list)) return;
  list.forEach((entry, i) => {
    const errors = isJsonObject(entry) ? entry['ErrorEquals'] : undefined;
    if (!Array.isArray(errors) || !errors.includes('States.ALL')) return;
    if (errors.length > 1 || i !== list.length - 1) {
      out.push(
        schemaError(
          `States.ALL must appear alone in the last ${field === 'Retry' ? 'retrier' : 'catcher'}`,
          pointer(...at, field, i, 'ErrorEquals'),
        ),
      );
    }
  });
}
