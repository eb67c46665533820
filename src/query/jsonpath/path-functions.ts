import type { Json } from '../../asl/json.js';
import { EMPTY_AGGREGATION_MESSAGE } from './miss-messages.js';
import type { PathFunctionName } from './tokens.js';

/** A path function that cannot produce a value (Jayway throws, so the path reads nothing). */
export class PathFunctionError extends Error {
  override readonly name = 'PathFunctionError';
}

const NAMES: ReadonlySet<string> = new Set<PathFunctionName>(['length', 'min', 'max', 'avg', 'stddev', 'sum']);

export function isPathFunctionName(name: string): name is PathFunctionName {
  return NAMES.has(name);
}

/** The functions of the Jayway version AWS runs, applied to the value the path reached. */
export function applyPathFunction(name: PathFunctionName, model: Json): Json {
  if (name === 'length') {
    // Jayway's Length: the size of an array or the key count of an object; anything else gives null.
    if (Array.isArray(model)) return model.length;
    if (model !== null && typeof model === 'object') return Object.keys(model).length;
    return null;
  }
  // Jayway's aggregations read the numbers of an array and skip everything else.
  let count = 0;
  let sum = 0;
  let sumOfSquares = 0;
  let min = Infinity;
  let max = -Infinity;
  if (Array.isArray(model)) {
    for (const item of model) {
      if (typeof item !== 'number') continue;
      count++;
      sum += item;
      sumOfSquares += item * item;
      if (item < min) min = item;
      if (item > max) max = item;
    }
  }
  if (count === 0) throw new PathFunctionError(EMPTY_AGGREGATION_MESSAGE);
  switch (name) {
    case 'min':
      return min;
    case 'max':
      return max;
    case 'sum':
      return sum;
    case 'avg':
      return sum / count;
    case 'stddev':
      // Jayway: population standard deviation, sqrt(E[x²] − E[x]²).
      return Math.sqrt(sumOfSquares / count - (sum / count) * (sum / count));
  }
}
