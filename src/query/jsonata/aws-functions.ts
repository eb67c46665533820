import { createHash } from 'node:crypto';
import { createRandom } from '../../clock/random.js';
import { contextOf, PROTOTYPE_ACCESS, readsInherited, type JsonataFrame } from './evaluation-context.js';
import { isJsonataFunction } from './to-json.js';

/**
 * The functions AWS added to JSONata, and its replacements for the clock- and randomness-dependent
 * ones (ASL-REFERENCE §3.6). Each is registered once per compiled expression with a JSONata signature,
 * so JSONata itself rejects wrong argument types with its usual `T0410`-style errors. Per-evaluation
 * state (virtual time, seeded random) comes from the evaluation's own frame, never from module state.
 */
export interface AwsFunction {
  readonly name: string;
  readonly signature: string;
  readonly implementation: (this: { environment: JsonataFrame }, ...args: never[]) => unknown;
}

/** An error thrown from a function AWS added: no JSONata code exists for these, so only a message. */
function functionError(functionName: string, problem: string): Error {
  return new Error(`$${functionName}: ${problem}`);
}

/** JSONata's marker for a sequence: a singleton collapses to its item, as AWS's `$range(1, 9, 9)` gives `1`. */
function sequence(items: unknown[]): unknown[] {
  return Object.assign(items, { sequence: true });
}

/**
 * Largest array `$range` builds. AWS documents no limit for the JSONata function (States.ArrayRange stops at
 * 1000); this bound only keeps memory in check, and matches JSONata's own `[a..b]` limit.
 */
export const RANGE_LIMIT = 10_000_000;

const HASH_ALGORITHMS: ReadonlyMap<string, string> = new Map([
  ['MD5', 'md5'],
  ['SHA-1', 'sha1'],
  ['SHA-256', 'sha256'],
  ['SHA-384', 'sha384'],
  ['SHA-512', 'sha512'],
]);

/** `$partition(array, size)`: chunks of `size`, the last one shorter, like States.ArrayPartition. */
function partition(array: unknown[], size: number): unknown[] | undefined {
  if (array === undefined) return undefined;
  if (!Number.isInteger(size) || size < 1) {
    throw functionError('partition', `the chunk size must be a positive integer, but was ${size}`);
  }
  // A plain array, not a sequence: AWS returned [[0,1,2]] for a single chunk, not [0,1,2].
  const chunks: unknown[] = [];
  for (let i = 0; i < array.length; i += size) chunks.push(array.slice(i, i + size));
  return chunks;
}

/**
 * `$range(start, end, step)`: start, start+step, ... up to and including `end` when a step lands on it;
 * a negative step counts down. AWS returns a JSONata sequence: `$range(0, 10, 3)` is `[0,3,6,9]` and
 * `$range(1, 9, 9)` is `1`; an empty range is nothing (undefined).
 */
function range(start: number, end: number, step: number): unknown[] {
  if (step === 0 || !Number.isFinite(step)) throw functionError('range', `the step must not be ${step}`);
  const span = (end - start) / step;
  const count = span < 0 ? 0 : Math.floor(span) + 1;
  if (count > RANGE_LIMIT) {
    throw functionError('range', `the range would have ${count} items; at most ${RANGE_LIMIT} are allowed`);
  }
  const items: number[] = [];
  for (let i = 0; i < count; i++) items.push(start + i * step);
  return sequence(items);
}

/** `$hash(data, algorithm)`: the lower-case hex digest of the UTF-8 text; non-strings hash as JSON text. */
function hash(data: unknown, algorithm: string): string | undefined {
  if (data === undefined) return undefined;
  const nodeName = HASH_ALGORITHMS.get(algorithm);
  if (nodeName === undefined) {
    throw functionError('hash', `unsupported algorithm ${JSON.stringify(algorithm)}; use one of ${[...HASH_ALGORITHMS.keys()].join(', ')}`);
  }
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return createHash(nodeName).update(text, 'utf8').digest('hex');
}

/** `$parse(text)`: the JSON value of a JSON text (AWS's stand-in for the removed `$eval`). */
function parse(text: string): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw functionError('parse', `the argument is not valid JSON: ${(e as Error).message}`);
  }
}

/** Seeds are hashed as text so that 1 and 1.5 give different values; integers use the numeric seed. */
function seededRandom(seed: number): number {
  return createRandom(Number.isInteger(seed) ? seed : String(seed)).next();
}

/** jsonata's `$fromMillis` implementation: `$now(picture, timezone)` formats virtual time with it. */
export type FromMillis = (millis: number, picture?: string, timezone?: string) => string;

/**
 * `$lookup(object, key)` as JSONata defines it (arrays map over their items, functions have no fields),
 * except that a key found only on a prototype (`'constructor'`, `'__proto__'`, `'toString'`) is refused:
 * JSONata 2.0.6 would hand out `Object.prototype` and its methods, through which an expression could
 * change every object in the process.
 */
function lookup(input: unknown, key: string): unknown {
  if (readsInherited(input, key)) throw PROTOTYPE_ACCESS;
  return lookupOwn(input, key);
}

function lookupOwn(input: unknown, key: string): unknown {
  if (Array.isArray(input)) {
    const found: unknown[] = [];
    for (const item of input) {
      const value = lookupOwn(item, key);
      if (Array.isArray(value)) found.push(...(value as unknown[]));
      else if (value !== undefined) found.push(value);
    }
    return sequence(found);
  }
  if (input === null || typeof input !== 'object' || isJsonataFunction(input)) return undefined;
  return (input as Record<string, unknown>)[key];
}

/** The functions every compiled expression gets. `fromMillis` is JSONata's own formatter. */
export function awsFunctions(fromMillis: FromMillis): readonly AwsFunction[] {
  return [
    { name: 'partition', signature: '<an:a>', implementation: partition },
    { name: 'range', signature: '<nnn:a<n>>', implementation: range },
    { name: 'hash', signature: '<xs:s>', implementation: hash },
    { name: 'parse', signature: '<s:x>', implementation: parse },
    { name: 'lookup', signature: '<x-s:x>', implementation: lookup },
    {
      name: 'random',
      signature: '<n?:n>',
      implementation(this: { environment: JsonataFrame }, seed?: number): number {
        // AWS: `$random(seed)` gives the same value for the same seed; without one it is random.
        return seed === undefined ? contextOf(this.environment).env.random.next() : seededRandom(seed);
      },
    },
    {
      name: 'uuid',
      signature: '<:s>',
      implementation(this: { environment: JsonataFrame }): string {
        return contextOf(this.environment).env.random.uuid();
      },
    },
    {
      name: 'now',
      signature: '<s?s?:s>',
      implementation(this: { environment: JsonataFrame }, picture?: string, timezone?: string): string {
        return fromMillis(contextOf(this.environment).env.now, picture, timezone);
      },
    },
    {
      name: 'millis',
      signature: '<:n>',
      implementation(this: { environment: JsonataFrame }): number {
        return contextOf(this.environment).env.now;
      },
    },
  ] as readonly AwsFunction[];
}
