import { isJsonObject, type Json, type JsonObject } from '../../asl/json.js';
import type { CallContext } from './call-context.js';
import { invalidArguments } from './errors.js';

/*
 * Argument checks shared by the implementations. AWS rejects a value of the wrong JSON type with
 * "Invalid arguments in States.X" (observed for MathAdd, StringToJson, ArrayPartition, ArrayRange).
 */

export function arrayArgument(value: Json | undefined, context: CallContext): Json[] {
  if (!Array.isArray(value)) throw invalidArguments(context.call);
  return value;
}

export function stringArgument(value: Json | undefined, context: CallContext): string {
  if (typeof value !== 'string') throw invalidArguments(context.call);
  return value;
}

export function numberArgument(value: Json | undefined, context: CallContext): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidArguments(context.call);
  return value;
}

export function objectArgument(value: Json | undefined, context: CallContext): JsonObject {
  if (!isJsonObject(value)) throw invalidArguments(context.call);
  return value;
}

export function booleanArgument(value: Json | undefined, context: CallContext): boolean {
  if (typeof value !== 'boolean') throw invalidArguments(context.call);
  return value;
}

/**
 * A number used as a count, index or bound. AWS reads these like Java's `intValue()`, which drops the
 * fraction toward zero: observed ArrayRange(5.4, -0.6, -2.4) = [5, 3, 1], ArrayGetItem(a, 1.2) = a[1],
 * ArrayPartition size 2.6 acts as 2, MathRandom(1.4, 1.6) fails as an empty range. Values beyond the
 * Java int range are rejected rather than wrapped.
 */
export function intArgument(value: Json | undefined, context: CallContext): number {
  const truncated = Math.trunc(numberArgument(value, context)) + 0;
  if (truncated < -2147483648 || truncated > 2147483647) throw invalidArguments(context.call);
  return truncated;
}

/** Java `Math.round`: half-way values go toward positive infinity (`floor(x + 0.5)`), as JS does; `+ 0` drops `-0`. */
export function javaRound(value: number): number {
  return Math.round(value) + 0;
}
