import type { Json } from '../../asl/json.js';
import { arrayArgument, intArgument } from './arguments.js';
import type { IntrinsicImplementation } from './call-context.js';
import { invalidArguments } from './errors.js';

/** AWS: "The maximum number of elements in the array States.ArrayRange produces is 1000" (ASL-REFERENCE §5.3). */
export const ARRAY_RANGE_LIMIT = 1000;

/** `States.Array(a, b, ...)`: the arguments as an array; `States.Array()` is `[]`. */
export const statesArray: IntrinsicImplementation = (args) => [...args];

/** `States.ArrayPartition(array, size)`: chunks of `size`, the last one possibly shorter; size must be ≥ 1. */
export const statesArrayPartition: IntrinsicImplementation = ([array, size], context) => {
  const items = arrayArgument(array, context);
  const chunkSize = intArgument(size, context);
  if (chunkSize < 1) throw invalidArguments(context.call);
  const chunks: Json[] = [];
  for (let i = 0; i < items.length; i += chunkSize) chunks.push(items.slice(i, i + chunkSize));
  return chunks;
};

/**
 * `States.ArrayContains(array, value)`. AWS compares each element's text with the value's text,
 * strings unquoted and everything else as compact JSON: so `[{"a":1}]` contains `{"a":1}`, but AWS was
 * observed to say `["true"]` contains `true`, `["9007199254740991"]` contains 9007199254740991, and
 * `[{"a":1,"b":2}]` does not contain `{"b":2,"a":1}` (key order matters). [OBS, third-party probes]
 */
export const statesArrayContains: IntrinsicImplementation = ([array, value], context) => {
  const items = arrayArgument(array, context);
  const wanted = comparisonText(value ?? null);
  return items.some((item) => comparisonText(item) === wanted);
};

function comparisonText(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * `States.ArrayRange(start, end, step)`: from start toward end by step, including end when a step
 * lands on it: (0, 10, 3) is [0, 3, 6, 9], (1, 9, 2) is [1, 3, 5, 7, 9]. A step pointing away from
 * end gives []. Step 0 and results longer than 1000 items fail.
 */
export const statesArrayRange: IntrinsicImplementation = ([start, end, step], context) => {
  const first = intArgument(start, context);
  const last = intArgument(end, context);
  const by = intArgument(step, context);
  if (by === 0) throw invalidArguments(context.call);
  const span = (last - first) / by;
  const count = span < 0 ? 0 : Math.floor(span) + 1;
  if (count > ARRAY_RANGE_LIMIT) throw invalidArguments(context.call);
  return Array.from({ length: count }, (_, i) => first + i * by);
};

/**
 * `States.ArrayGetItem(array, index)`: the element at the 0-based index. A negative or out-of-range
 * index fails, except that AWS was observed to return null for any index into an empty array.
 */
export const statesArrayGetItem: IntrinsicImplementation = ([array, index], context) => {
  const items = arrayArgument(array, context);
  const at = intArgument(index, context);
  if (at < 0) throw invalidArguments(context.call);
  if (items.length === 0) return null;
  if (at >= items.length) throw invalidArguments(context.call);
  return items[at] as Json;
};

/** `States.ArrayLength(array)`: the number of elements. */
export const statesArrayLength: IntrinsicImplementation = ([array], context) => arrayArgument(array, context).length;

/** `States.ArrayUnique(array)`: drops deep-equal repeats, keeping first occurrences in order. */
export const statesArrayUnique: IntrinsicImplementation = ([array], context) => {
  const seen = new Set<string>();
  const unique: Json[] = [];
  for (const item of arrayArgument(array, context)) {
    const key = canonicalText(item);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  return unique;
};

/** JSON text with object keys sorted: equal texts exactly when `jsonEquals` holds, in linear time per item. */
function canonicalText(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalText(value[k] as Json)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
