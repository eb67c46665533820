import { toJsonText, type Json, type JsonObject } from '../asl/json.js';
import { StatesError } from '../asl/states-error.js';
import type { Frame } from './runtime.js';

/** One variable's value, and all of one Assign, may hold at most 256 KiB (§4.4). */
const VARIABLE_LIMIT = 262_144;

/** The frames whose variables `frame` can read: itself and its ancestors, up to an isolated frame (§4.3). */
function* visibleFrames(frame: Frame): Generator<Frame> {
  for (let f: Frame | undefined = frame; f !== undefined; f = f.isolated ? undefined : f.parent) yield f;
}

/** A variable's value as `frame` sees it (inner scopes first), or undefined. */
export function lookupVariable(frame: Frame, name: string): Json | undefined {
  for (const f of visibleFrames(frame)) {
    const value = f.variables?.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Every variable visible from `frame`, inner scopes shadowing outer ones (JSONata bindings). */
export function visibleVariables(frame: Frame): Record<string, Json> {
  const chain = [...visibleFrames(frame)];
  const out: Record<string, Json> = {};
  for (let i = chain.length - 1; i >= 0; i--) {
    for (const [k, v] of (chain[i] as Frame).variables ?? []) out[k] = v;
  }
  return out;
}

/**
 * Applies an Assign atomically after checking AWS's limits (§4.3, §4.4): a variable of an outer scope
 * cannot be assigned from an inner one, one value and one Assign are limited to 256 KiB. Returns the
 * values as JSON text, as `assignedVariables` records them.
 */
export function assignVariables(frame: Frame, assigned: JsonObject): Record<string, string> {
  const recorded: Record<string, string> = {};
  let total = 0;
  for (const [name, value] of Object.entries(assigned)) {
    for (const outer of visibleFrames(frame)) {
      if (outer !== frame && outer.variables?.has(name) === true) {
        throw new StatesError('States.Runtime', `Cannot bind value to variable '${name}' as it belongs to an outer scope.`);
      }
    }
    const text = toJsonText(value);
    const bytes = Buffer.byteLength(text, 'utf8');
    total += bytes;
    if (bytes > VARIABLE_LIMIT || total > VARIABLE_LIMIT) {
      // AWS-authored notes give the limits; the error name is not recorded (ASL-REFERENCE §4.4 [UNVERIFIED])
      throw new StatesError(
        'States.DataLimitExceeded',
        bytes > VARIABLE_LIMIT
          ? `The value assigned to the variable '${name}' exceeds the maximum size of ${VARIABLE_LIMIT} bytes.`
          : `The variables assigned by one state exceed the maximum combined size of ${VARIABLE_LIMIT} bytes.`,
      );
    }
    recorded[name] = text;
  }
  frame.variables ??= new Map();
  for (const [name, value] of Object.entries(assigned)) frame.variables.set(name, value);
  return recorded;
}
