import { setOwn, type Json, type JsonObject } from '../../asl/json.js';

/** Why a JSONata result could not become JSON. */
export type NotJson = 'undefined' | 'function';

/** The outcome of converting a JSONata result: plain JSON, or the reason it is not JSON. */
export type ToJsonResult = { readonly ok: true; readonly value: Json } | { readonly ok: false; readonly reason: NotJson };

/** JSONata's function values: its own built-ins, lambdas, and the JS closures regex literals evaluate to. */
export function isJsonataFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (typeof value !== 'object' || value === null) return false;
  const marked = value as { _jsonata_function?: unknown; _jsonata_lambda?: unknown };
  return marked._jsonata_function === true || marked._jsonata_lambda === true;
}

class FunctionFound {}
const FUNCTION_FOUND = new FunctionFound();

/**
 * Turns a JSONata result into plain JSON, the way AWS serialises it:
 * - `undefined` at the top is "returned nothing" (the caller words the error);
 * - a function anywhere is "an unsupported result type";
 * - JSONata sequences (arrays flagged `sequence`) become plain arrays;
 * - inside objects an `undefined` value drops the key, inside arrays it becomes `null` (as `JSON.stringify`);
 * - `Infinity`/`NaN` (JSONata lets `1/0` through) become `null`, as `JSON.stringify` writes them; `-0` is `0`.
 *
 * Unchanged plain data is returned as is (no copy), so a result that is `$states.input` shares its
 * structure with the input: callers treat JSON values as immutable. Keys named `__proto__` are kept as
 * own data keys and never re-parent an object. A cycle (reachable only through JSONata internals) counts
 * as unsupported.
 */
export function toJson(value: unknown): ToJsonResult {
  if (value === undefined) return { ok: false, reason: 'undefined' };
  try {
    return { ok: true, value: normalise(value, new Set()) };
  } catch (e) {
    if (e === FUNCTION_FOUND) return { ok: false, reason: 'function' };
    throw e;
  }
}

function normalise(value: unknown, ancestors: Set<object>): Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) return null;
      return Object.is(value, -0) ? 0 : value;
    case 'undefined':
      return null;
    case 'object':
      if (value === null) return null;
      if (isJsonataFunction(value) || ancestors.has(value)) throw FUNCTION_FOUND;
      ancestors.add(value);
      try {
        return Array.isArray(value) ? normaliseArray(value, ancestors) : normaliseObject(value, ancestors);
      } finally {
        ancestors.delete(value);
      }
    default:
      // functions, and values JSON has no place for (symbols, bigints)
      throw FUNCTION_FOUND;
  }
}

function normaliseArray(array: readonly unknown[], ancestors: Set<object>): Json[] {
  // JSONata marks sequences with extra own properties (`sequence`, `keepSingleton`, ...): copy them away.
  let copy: Json[] | undefined = (array as { sequence?: unknown }).sequence === true ? [] : undefined;
  for (let i = 0; i < array.length; i++) {
    const item: unknown = array[i];
    const json = normalise(item, ancestors);
    if (copy === undefined && json !== item) copy = array.slice(0, i) as Json[];
    copy?.push(json);
  }
  return copy ?? (array as Json[]);
}

function normaliseObject(object: object, ancestors: Set<object>): JsonObject {
  const prototype: unknown = Object.getPrototypeOf(object);
  let copy: JsonObject | undefined = prototype === Object.prototype || prototype === null ? undefined : {};
  const keys = Object.keys(object);
  const source = object as Record<string, unknown>;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = source[key];
    if (item === undefined) {
      copy ??= copyKeys(source, keys, i);
      continue;
    }
    const json = normalise(item, ancestors);
    if (copy === undefined && json !== item) copy = copyKeys(source, keys, i);
    if (copy !== undefined) setOwn(copy, key, json);
  }
  return copy ?? (object as JsonObject);
}

/** A fresh object holding the first `count` keys, already known to be plain JSON. */
function copyKeys(source: Record<string, unknown>, keys: readonly string[], count: number): JsonObject {
  const copy: JsonObject = {};
  for (let i = 0; i < count; i++) {
    const key = keys[i] as string;
    setOwn(copy, key, source[key] as Json);
  }
  return copy;
}
